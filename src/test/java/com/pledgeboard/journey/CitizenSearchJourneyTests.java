package com.pledgeboard.journey;

import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen, without signing in, finds a department's commitment by searching the year and reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenSearchJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void shouldFindACommitmentBySearchAndReadIt() {
		try (Browser browser = Browser.start("citizen-search")) {
			WebDriver web = browser.driver();
			web.get("http://localhost:" + port + "/");
			browser.awaitUrl("/years/");
			browser.screenshot("01-year");
			web.findElement(By.id("q")).sendKeys("乡村博物馆");
			web.findElement(By.cssSelector("form.search button")).click();
			browser.awaitUrl("/search");
			browser.screenshot("02-results");
			browser.assertAccessible("search results");
			web.findElement(By.partialLinkText("市文化广电旅游局 第4项")).click();
			browser.awaitUrl("/commitments/4");
			assertThat(Browser.awaitText(web, By.cssSelector("p.printed"), "市文化广电旅游局")).contains("第4项");
			assertThat(Browser.awaitText(web, By.cssSelector("p.description"), "乡村博物馆80家")).contains("乡村博物馆80家");
			browser.screenshot("03-commitment");
			browser.assertAccessible("commitment");
			// From the commitment up to its department, by the crumbs.
			web.findElement(By.cssSelector("nav.crumbs")).findElement(By.linkText("市文化广电旅游局")).click();
			browser.awaitUrl("/departments/");
			assertThat(Browser.awaitText(web, By.tagName("h1"), "市文化广电旅游局")).isEqualTo("市文化广电旅游局");
			assertThat(Browser.awaitText(web, By.id("c4"), "乡村博物馆80家")).contains("乡村博物馆80家");
			browser.screenshot("04-department");
		}
	}

}
