package com.pledgeboard.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.remote.SessionId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks every tour leans on can fail: axe finds a violation on the first page a browser opens and on
 * a page opened after it (where axe arrives with the page, see {@link Browser#inspect}), and the layout
 * check finds a page that scrolls sideways at the phone's width, while a clean page passes both. And a
 * browser the next tour takes over has nothing of the last one left in it.
 */
class BrowserChecksTests {

	@TempDir
	Path dir;

	private String page(String name, String body) throws IOException {
		return Files.writeString(dir.resolve(name + ".html"), "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width\"><title>" + name + "</title></head><body><main>" + body
				+ "</main></body></html>", StandardCharsets.UTF_8).toUri().toString();
	}

	@Test
	void shouldFindViolationsOnEveryPageABrowserOpensAndPassACleanOne() throws IOException {
		String clean = page("clean", "<h1>承诺事项</h1><p>完成率 98%</p>");
		String unnamed = page("unnamed", "<h1>承诺事项</h1><button></button><img src=\"x.png\">");
		String wide = page("wide", "<h1>承诺事项</h1><div style=\"width: 900px\">宽</div>");
		try (Browser browser = Browser.start("browser-checks")) {
			browser.driver().get(unnamed);
			assertThatThrownBy(() -> browser.assertAccessible(unnamed)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("button-name").hasMessageContaining("image-alt");
			browser.driver().get(clean);
			assertThat(browser.driver().executeScript("return typeof axe.run")).as("axe put into the page as it opened")
				.isEqualTo("function");
			browser.assertAccessible(clean);
			assertThat(browser.inspect("clean", clean)).isEmpty();
			browser.driver().get(unnamed);
			assertThatThrownBy(() -> browser.inspect("unnamed", unnamed)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("button-name");
			browser.driver().get(wide);
			assertThat(browser.layoutProblems()).containsOnlyKeys(390);
			assertThat(browser.layoutProblems().get(390)).singleElement().asString().contains("scrolls sideways");
		}
	}

	@Test
	void shouldLeaveTheNextTourABrowserWithNothingOfTheLastOne() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] page = Files.readAllBytes(Path.of(URI.create(page("visited", "<h1>承诺事项</h1>"))));
		server.createContext("/", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.start();
		String url = "http://localhost:" + server.getAddress().getPort() + "/";
		try {
			SessionId first;
			try (Browser browser = Browser.start("browser-checks")) {
				first = browser.driver().getSessionId();
				browser.driver().get(url);
				browser.driver().manage().addCookie(new Cookie("lang", "en"));
				browser.assertAccessible(url);
			}
			try (Browser browser = Browser.start("browser-checks")) {
				assertThat(browser.driver().getSessionId()).as("the same browser, taken over").isEqualTo(first);
				assertThat(browser.driver().getCurrentUrl()).isEqualTo("about:blank");
				browser.driver().get(url);
				assertThat(browser.driver().manage().getCookies()).as("the last tour's cookies").isEmpty();
				assertThat(browser.driver().executeScript("return typeof axe")).as("the last tour's axe").isEqualTo("undefined");
				assertThat(browser.driver().manage().window().getSize().getWidth()).isEqualTo(1280);
			}
		}
		finally {
			server.stop(0);
		}
	}

}
