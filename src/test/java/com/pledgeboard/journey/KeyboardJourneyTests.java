package com.pledgeboard.journey;

import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen without a mouse: the first Tab reaches the skip link, which leads past the header; the
 * search box, the results and the commitment are all reached and opened by Tab and Enter alone, in the
 * order they stand on the page, and whatever has the focus shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardJourneyTests {

	private static final int MAX_TABS = 40;

	@LocalServerPort
	int port;

	@Test
	void shouldReachAndReadACommitmentByKeyboardAlone() {
		try (Browser browser = Browser.start("keyboard")) {
			ChromeDriver web = browser.driver();
			web.get("http://localhost:" + port + "/years/2022");
			press(web, Keys.TAB);
			WebElement skip = web.switchTo().activeElement();
			assertThat(skip.getAttribute("class")).isEqualTo("skip");
			assertThat(skip.getText()).isNotBlank();
			assertThat(skip.isDisplayed()).isTrue();
			browser.screenshot("01-skip-link");
			press(web, Keys.ENTER);
			assertThat(web.getCurrentUrl()).endsWith("#main");

			WebElement search = tabUntil(web, e -> "q".equals(e.getAttribute("id")));
			assertThat(outline(web)).isNotEqualTo("none");
			search.sendKeys("乡村博物馆", Keys.ENTER);
			browser.awaitUrl("/search");
			WebElement result = tabUntil(web, e -> String.valueOf(e.getAttribute("href")).contains("/commitments/"));
			assertThat(outline(web)).isNotEqualTo("none");
			browser.screenshot("02-result-focused");
			result.sendKeys(Keys.ENTER);
			browser.awaitUrl("/commitments/");
			assertThat(Browser.awaitText(web, org.openqa.selenium.By.cssSelector("p.description"), "乡村博物馆"))
				.contains("乡村博物馆");
		}
	}

	private static void press(WebDriver web, CharSequence key) {
		web.switchTo().activeElement().sendKeys(key);
	}

	private static WebElement tabUntil(WebDriver web, java.util.function.Predicate<WebElement> wanted) {
		for (int i = 0; i < MAX_TABS; i++) {
			press(web, Keys.TAB);
			WebElement focused = web.switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
		}
		throw new AssertionError("not reached in " + MAX_TABS + " presses of Tab");
	}

	private static String outline(ChromeDriver web) {
		return (String) web.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
	}

}
