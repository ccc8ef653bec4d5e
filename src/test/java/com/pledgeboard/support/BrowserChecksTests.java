package com.pledgeboard.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks every tour leans on can fail: axe finds a violation on the first page a browser opens and on
 * a page opened after it (where axe arrives with the page, see {@link Browser#inspect}), and the layout
 * check finds a page that scrolls sideways at the phone's width, while a clean page passes both.
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

}
