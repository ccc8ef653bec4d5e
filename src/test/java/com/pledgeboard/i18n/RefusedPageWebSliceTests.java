package com.pledgeboard.i18n;

import com.pledgeboard.WebConfig;
import com.pledgeboard.support.WebSlice;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page that cannot be shown as asked, in a web slice (see {@link WebSlice}) with the real templates,
 * bundles, language switch and refusal advice: a {@link Refused} answers the 400 page and a
 * {@link Conflict} the 409 page, each saying what was refused in the reader's language, Chinese by
 * default and English after {@code ?lang=en}; the pages without a refusal to tell say it generically.
 */
@WebSlice
@Import({ RefusalAdviceTests.Pages.class, RefusedPageWebSliceTests.ErrorPages.class })
class RefusedPageWebSliceTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "refused, 400, zh-CN, 无法按所请求的显示, 请选择要并入的部门",
			"refused, 400, en, Cannot be shown as asked, Choose the department",
			"conflict, 409, zh-CN, 与现有内容冲突, 地区330500已有2022年度的考评年度",
			"conflict, 409, en, In conflict with what is there, Region 330500 already has the plan year 2022" })
	void shouldShowWhatWasRefusedOnTheErrorPageInTheReadersLanguage(String what, int status, String language,
			String title, String reason) throws Exception {
		var request = get("/admin/test/{what}", what).with(user("slice-office").roles("ADMIN"));
		if (language.equals("en")) {
			request.param("lang", "en");
		}
		String page = mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("lang=\"" + language + "\"").contains("<h1>" + title + "</h1>").contains(reason)
			.as("the generic text only where there is no reason to tell")
			.doesNotContain(language.equals("en") ? "Check the address" : "请检查网址")
			.doesNotContain(language.equals("en") ? "reload the page" : "刷新页面");
	}

	@ParameterizedTest
	@CsvSource({ "400, zh-CN, 请检查网址", "400, en, Check the address", "409, zh-CN, 刷新页面", "409, en, reload the page" })
	void shouldSayItGenericallyWhereThereIsNoRefusalToTell(int status, String language, String generic) throws Exception {
		var request = get("/admin/test/error-page/{status}", status).with(user("slice-office").roles("ADMIN"));
		if (language.equals("en")) {
			request.cookie(new Cookie(WebConfig.LANGUAGE_COOKIE, "en"));
		}
		String page = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("lang=\"" + language + "\"").contains(generic);
	}

	/**
	 * The error pages as the server's error controller shows them after any other 400 or 409 (a
	 * {@code sendError}): with no refusal in the model. A web slice has no servlet container to send the
	 * error through, so this hands the page the same.
	 */
	@Controller
	static class ErrorPages {

		@GetMapping("/admin/test/error-page/{status}")
		ModelAndView page(@PathVariable int status) {
			return new ModelAndView("error/" + status, HttpStatus.valueOf(status));
		}

	}

}
