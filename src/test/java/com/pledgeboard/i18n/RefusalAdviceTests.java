package com.pledgeboard.i18n;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The one refusal path: the API answers each refusal as an RFC 9457 problem with its status and the
 * reason in the language the request asks for; a refused form goes back to its page with the reason as a
 * flash message in the reader's language. The real message bundles, the application's way of choosing
 * the language (a cookie, {@code ?lang=en}, Chinese by default), no application context.
 */
class RefusalAdviceTests {

	private static final String LANGUAGE_COOKIE = "pledgeboard-lang";

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Pages())
		.setControllerAdvice(new RefusalAdvice(Message.bundles()))
		.setLocaleResolver(localeResolver())
		.addInterceptors(languageSwitch())
		.build();

	@ParameterizedTest
	@CsvSource({ "refused, 400, zh, 请选择要并入的部门", "refused, 400, en, Choose the department",
			"missing, 404, zh, 找不到所要的内容（plan year 7）", "missing, 404, en, Not found (plan year 7)",
			"conflict, 409, zh, 地区330500已有2022年度的考评年度", "conflict, 409, en, Region 330500 already has the plan year 2022",
			"forbidden, 403, zh, 只有考评办", "forbidden, 403, en, assessment office" })
	void shouldAnswerTheApiWithAProblemInTheLanguageAsked(String what, int status, String language, String detail)
			throws Exception {
		mvc.perform(get("/api/v1/test/{what}", what).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, startsWith(language)))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(detail)));
	}

	@Test
	void shouldAnswerTheApiInThePageLanguageWhenTheRequestAsksForNone() throws Exception {
		mvc.perform(get("/api/v1/test/missing")).andExpect(jsonPath("$.detail").value("找不到所要的内容（plan year 7）。"));
		mvc.perform(get("/api/v1/test/missing").cookie(new Cookie(LANGUAGE_COOKIE, "en")))
			.andExpect(jsonPath("$.detail").value("Not found (plan year 7)."));
	}

	@Test
	void shouldAnswerAnUnreadableParameterOfTheApiAsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/test/number/{n}", "twelve").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"twelve\"")));
	}

	@Test
	void shouldSendARefusedFormBackToItsPageWithTheReasonInTheReadersLanguage() throws Exception {
		mvc.perform(post("/admin/test/form").header(HttpHeaders.REFERER, "http://localhost/admin/entries/5?missing=true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/entries/5?missing=true"))
			.andExpect(flash().attribute(RefusalAdvice.PROBLEM, "请选择要并入的部门"));
		mvc.perform(post("/admin/test/form").param("lang", "en").header(HttpHeaders.REFERER, "http://localhost/admin/entries/5"))
			.andExpect(flash().attribute(RefusalAdvice.PROBLEM, org.hamcrest.Matchers.startsWith("Choose the department")));
		mvc.perform(post("/admin/test/form").cookie(new Cookie(LANGUAGE_COOKIE, "en")))
			.andExpect(flash().attribute(RefusalAdvice.PROBLEM, org.hamcrest.Matchers.startsWith("Choose the department")));
	}

	@Test
	void shouldNeverSendAFormBackToAnotherSite() throws Exception {
		mvc.perform(post("/admin/test/form").header(HttpHeaders.REFERER, "https://elsewhere.example//evil/page"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/admin/test/form").header(HttpHeaders.REFERER, "https://elsewhere.example/admin/years/3"))
			.andExpect(redirectedUrl("/admin/years/3"));
	}

	@Test
	void shouldShowTheReasonBesideTheRowTheControllerNamed() throws Exception {
		mvc.perform(post("/admin/test/row").header(HttpHeaders.REFERER, "http://localhost/admin/years/3/final-readings?entry=4"))
			.andExpect(redirectedUrl("/admin/years/3/final-readings?entry=4#t12"))
			.andExpect(flash().attribute(RefusalAdvice.PROBLEM_AT, "t12"));
	}

	@Test
	void shouldAnswerAPageNotFoundOrForbiddenWithItsStatusNotAFlash() throws Exception {
		mvc.perform(post("/admin/test/missing")).andExpect(status().isNotFound())
			.andExpect(flash().attributeCount(0));
		mvc.perform(post("/admin/test/forbidden")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/test/refused")).andExpect(status().isBadRequest());
	}

	@Test
	void shouldAnswerARefusedPageWithItsErrorPageAndTheReasonInTheReadersLanguage() throws Exception {
		mvc.perform(get("/admin/test/refused"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute(RefusalAdvice.REFUSAL, startsWith("请选择要并入的部门")));
		mvc.perform(get("/admin/test/conflict").param("lang", "en"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			.andExpect(model().attribute(RefusalAdvice.REFUSAL, startsWith("Region 330500 already has the plan year 2022")));
	}

	private static org.hamcrest.Matcher<String> startsWith(String prefix) {
		return org.hamcrest.Matchers.startsWith(prefix);
	}


	private static CookieLocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	private static LocaleChangeInterceptor languageSwitch() {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		return change;
	}

	static Object refusal(String what) {
		throw switch (what) {
			case "missing" -> NotFound.of("plan year 7");
			case "conflict" -> new Conflict("catalogue.conflict.planYear", "330500", 2022);
			case "forbidden" -> new Forbidden("account.forbidden.office");
			default -> new Refused("directory.refused.mergeInto");
		};
	}

	@RestController
	static class Api {

		@GetMapping("/api/v1/test/{what}")
		String refused(@PathVariable String what) {
			return (String) refusal(what);
		}

		@GetMapping("/api/v1/test/number/{n}")
		String number(@PathVariable long n) {
			return String.valueOf(n);
		}

	}

	@Controller
	static class Pages {

		@PostMapping("/admin/test/form")
		String form() {
			return (String) refusal("refused");
		}

		@PostMapping("/admin/test/row")
		String row(HttpServletRequest request) {
			RefusalAdvice.at(request, "t12");
			return (String) refusal("refused");
		}

		@PostMapping("/admin/test/{what}")
		String other(@PathVariable String what) {
			return (String) refusal(what);
		}

		@GetMapping("/admin/test/{what}")
		String page(@PathVariable String what) {
			return (String) refusal(what);
		}

	}

}
