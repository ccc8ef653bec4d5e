package com.pledgeboard.evaluation;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public evaluation through its web forms: a rating after verification, and the abuses it must
 * refuse with nothing stored — a second vote from one number, a flood from one address, a forged, an
 * expired or a guessed code, a year not open; a request without a CSRF token and a mistyped number are
 * refused in {@link PublicRatingWebSliceTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CapturingSmsGateway.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicEvaluationTests extends WholeApplication {

	private static final int YEAR = 2051;

	@Autowired
	CapturingSmsGateway sms;

	List<DepartmentEntry> entries;

	@BeforeAll
	void yearsInEveryState() {
		long id = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "assessing.txt", "330500",
				YEAR, PlanYearState.ASSESSING, false).planYearId();
		entries = catalogue.entries(id);
		importer.importTable(TestResources.bytes("fixtures/unknown-department.txt"), "draft.txt", "330500", 2053,
				PlanYearState.DRAFT, false);
	}

	/** One browser: the session lives in the database, so only its cookie goes back and forth. */
	static final class Visitor {

		Cookie session;

	}

	private ResultActions visit(MockHttpServletRequestBuilder request, String address, Visitor visitor) throws Exception {
		if (visitor.session != null) {
			request.cookie(visitor.session);
		}
		ResultActions result = mvc.perform(request.with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}));
		Cookie cookie = result.andReturn().getResponse().getCookie("SESSION");
		if (cookie != null) {
			visitor.session = cookie;
		}
		return result;
	}

	private ResultActions requestCode(int year, String mobile, String address, Visitor session) throws Exception {
		return visit(post("/evaluate/{y}/code", year).param("mobile", mobile), address, session);
	}

	private ResultActions rate(String code, String address, Visitor session, String... choices) throws Exception {
		MockHttpServletRequestBuilder request = post("/evaluate/{y}/rate", YEAR).param("code", code);
		for (int i = 0; i < choices.length; i++) {
			request.param("choice-" + entries.get(i).id(), choices[i]);
		}
		return visit(request, address, session);
	}

	private long ratings() {
		return jdbc.sql("select count(*) from public_rating").query(Long.class).single();
	}

	private long codes() {
		return jdbc.sql("select count(*) from verification_code").query(Long.class).single();
	}

	@Test
	void shouldWordTheCodeMessageInTheLanguageOfThePageThatAskedForIt() throws Exception {
		visit(post("/evaluate/{y}/code", YEAR).param("mobile", "13200132000").param("lang", "en"), "10.11.0.1", new Visitor())
			.andExpect(flash().attribute("done", "evaluation.done.codeSent"));
		String en = sms.lastMessage("13200132000");
		assertThat(en).startsWith("Your rating verification code is " + sms.lastCode("13200132000"))
			.contains("valid for 5 minutes")
			.doesNotContainPattern("\\p{IsHan}");
		visit(post("/evaluate/{y}/code", YEAR).param("mobile", "13200132001").param("lang", "zh-CN"), "10.11.0.2", new Visitor());
		assertThat(sms.lastMessage("13200132001")).isEqualTo(
				"您的评议验证码是" + sms.lastCode("13200132001") + "，5分钟内有效。如非本人操作请忽略。");
	}

	@Test
	void shouldStoreRatingsAfterVerificationKeepingTheNumberOnlyAsAHash() throws Exception {
		Visitor session = new Visitor();
		requestCode(YEAR, "138 0013 8000", "10.1.0.1", session).andExpect(flash().attribute("done", "evaluation.done.codeSent"));
		visit(get("/years/{y}/evaluate", YEAR), "10.1.0.1", session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****8000")));
		long before = ratings();
		rate(sms.lastCode("13800138000"), "10.1.0.1", session, "SATISFIED", "UNSATISFIED")
			.andExpect(flash().attribute("done", "evaluation.done.rated"));
		assertThat(ratings()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select phone_hash from public_rating where entry_id = ?").param(entries.get(0).id())
			.query(String.class).list()).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain("13800138000"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PUBLIC_RATINGS'").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from privacy_setting").query(Long.class).single()).isEqualTo(1L);
	}

	/** A region typed into the query is a value in the redirect back, never a URI template: no 500. */
	@Test
	void shouldRedirectBackWithATypedRegionEncoded() throws Exception {
		visit(post("/evaluate/{y}/code", YEAR).param("region", "{x}").param("mobile", "13800000000"), "10.9.9.1",
				new Visitor()).andExpect(redirectedUrl("/years/" + YEAR + "/evaluate?region=%7Bx%7D"));
		visit(post("/evaluate/{y}/rate", YEAR).param("region", "330500&lang=en").param("code", "1"), "10.9.9.2",
				new Visitor()).andExpect(redirectedUrl("/years/" + YEAR + "/evaluate?region=330500%26lang%3Den"));
	}

	@Test
	void shouldRefuseASecondVoteFromTheSameNumber() throws Exception {
		Visitor first = new Visitor();
		requestCode(YEAR, "13900139001", "10.2.0.1", first);
		rate(sms.lastCode("13900139001"), "10.2.0.1", first, "SATISFIED");
		long before = ratings();
		Visitor second = new Visitor();
		requestCode(YEAR, "13900139001", "10.2.0.2", second);
		rate(sms.lastCode("13900139001"), "10.2.0.2", second, "UNSATISFIED", "SATISFIED")
			.andExpect(flash().attribute("problem", containsString("已评议过")));
		assertThat(ratings()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAFloodOfCodeRequestsFromOneAddress() throws Exception {
		long before = codes();
		for (int i = 0; i < 10; i++) {
			requestCode(YEAR, "1370000" + String.format("%04d", i), "10.3.0.1", new Visitor())
				.andExpect(flash().attribute("done", "evaluation.done.codeSent"));
		}
		requestCode(YEAR, "13700009999", "10.3.0.1", new Visitor())
			.andExpect(flash().attribute("problem", containsString("过于频繁")));
		assertThat(codes()).isEqualTo(before + 10);
		assertThat(sms.count("13700009999")).isZero();
	}

	@Test
	void shouldRefuseAFloodOfCodeRequestsForOneNumber() throws Exception {
		for (int i = 0; i < 3; i++) {
			requestCode(YEAR, "13600136000", "10.4.0." + i, new Visitor());
		}
		long before = codes();
		requestCode(YEAR, "13600136000", "10.4.0.9", new Visitor())
			.andExpect(flash().attribute("problem", containsString("该手机号请求验证码过于频繁")));
		assertThat(codes()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAForgedCodeAndASubmissionWithoutVerification() throws Exception {
		Visitor session = new Visitor();
		requestCode(YEAR, "13500135000", "10.5.0.1", session);
		String right = sms.lastCode("13500135000");
		String wrong = right.equals("000000") ? "111111" : "000000";
		long before = ratings();
		rate(wrong, "10.5.0.1", session, "SATISFIED").andExpect(flash().attribute("problem", "验证码不正确"));
		rate(right, "10.5.0.1", new Visitor(), "SATISFIED").andExpect(flash().attribute("problem", "请先获取手机验证码"));
		assertThat(ratings()).isEqualTo(before);
	}

	@Test
	void shouldKillACodeAfterTooManyWrongTries() throws Exception {
		Visitor session = new Visitor();
		requestCode(YEAR, "13400134000", "10.6.0.1", session);
		String right = sms.lastCode("13400134000");
		String wrong = right.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			rate(wrong, "10.6.0.1", session, "SATISFIED");
		}
		long before = ratings();
		rate(right, "10.6.0.1", session, "SATISFIED").andExpect(flash().attribute("problem", containsString("错误次数过多")));
		assertThat(ratings()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnExpiredCode() throws Exception {
		Visitor session = new Visitor();
		requestCode(YEAR, "13300133000", "10.7.0.1", session);
		jdbc.sql("update verification_code set expires_at = created_at where used_at is null").update();
		long before = ratings();
		rate(sms.lastCode("13300133000"), "10.7.0.1", session, "SATISFIED")
			.andExpect(flash().attribute("problem", containsString("已过期")));
		assertThat(ratings()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAYearNotOpenToEvaluation() throws Exception {
		long before = codes();
		requestCode(2053, "13200132000", "10.8.0.1", new Visitor())
			.andExpect(flash().attribute("problem", "该年度当前不接受群众评议"));
		requestCode(2022, "13200132000", "10.8.0.1", new Visitor())
			.andExpect(flash().attribute("problem", "该年度当前不接受群众评议"));
		visit(post("/evaluate/{y}/rate", 2053).param("code", "123456").param("choice-1", "SATISFIED"), "10.8.0.1",
				new Visitor()).andExpect(flash().attribute("problem", "该年度当前不接受群众评议"));
		assertThat(codes()).isEqualTo(before);
		assertThat(sms.count("13200132000")).isZero();
		mvc.perform(get("/years/2053/evaluate")).andExpect(status().isNotFound());
		mvc.perform(get("/years/2022/evaluate")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"mobile\""))));
	}

	@Test
	void shouldShowACommentOnlyAfterModerationAndEscaped() throws Exception {
		Visitor session = new Visitor();
		requestCode(YEAR, "15000150000", "10.9.0.1", session);
		long entry = entries.get(3).id();
		visit(post("/evaluate/{y}/rate", YEAR).param("code", sms.lastCode("15000150000"))
			.param("choice-" + entry, "FAIRLY_SATISFIED").param("comment-" + entry, "<script>alert(1)</script>窗口排队久"),
				"10.9.0.1", session).andExpect(flash().attribute("done", "evaluation.done.rated"));
		Evaluations evaluations = new Evaluations(new EvaluationStore(jdbc));
		assertThat(evaluations.approvedComments(entry)).isEmpty();
		long rating = jdbc.sql("select id from public_rating where entry_id = ? and comment_text is not null").param(entry)
			.query(Long.class).single();
		var office = users.user("office", Role.ADMIN, null);
		mvc.perform(post("/admin/public-ratings/{id}/moderate", rating).param("decision", "approve").with(user(office))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(evaluations.approvedComments(entry)).extracting(Evaluations.PublicComment::text)
			.containsExactly("<script>alert(1)</script>窗口排队久");
		mvc.perform(get("/admin/years/{id}/comments", catalogue.findPlanYear("330500", YEAR).orElseThrow().id())
			.with(user(office)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

}
