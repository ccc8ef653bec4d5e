package com.pledgeboard.evaluation;

import com.pledgeboard.TestResources;
import com.pledgeboard.audit.AuditSlice;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.WebFixture;
import com.pledgeboard.support.WebSlice;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public evaluation form's refusals in a web slice (see {@link WebSlice}): the real controller,
 * public ratings, request limits and store, the capturing SMS gateway, on the slice's database with one
 * year open to evaluation. A mistyped mobile number is refused in the reader's language (Chinese whatever
 * the browser asks, English after {@code ?lang=en}) with no code stored or sent; a form without a CSRF
 * token is refused with nothing stored. The whole flow with codes, sessions and limits stays in
 * {@link PublicEvaluationTests}.
 */
@WebSlice
@Import({ PublicRatingController.class, PublicRatings.class, EvaluationStore.class, RequestLimits.class,
		CapturingSmsGateway.class, TableImporter.class, SimpleMeterRegistry.class, AuditSlice.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRatingWebSliceTests extends WebFixture {

	private static final int YEAR = 2051;

	@Autowired
	CapturingSmsGateway sms;

	@BeforeAll
	void aYearOpenToEvaluation(@Autowired TableImporter importer) {
		importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "assessing.txt", "330500", YEAR,
				PlanYearState.ASSESSING, false);
	}

	private long ratings() {
		return jdbc.sql("select count(*) from public_rating").query(Long.class).single();
	}

	private long codes() {
		return jdbc.sql("select count(*) from verification_code").query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder mistypedMobile() {
		return post("/evaluate/{year}/code", YEAR).param("region", "330500").param("mobile", "123");
	}

	private String problem(MockHttpServletRequestBuilder request) throws Exception {
		return String.valueOf(mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
			.getFlashMap().get("problem"));
	}

	@Test
	void shouldRefuseAMistypedMobileNumberInTheReadersLanguageAndSendNothing() throws Exception {
		long before = codes();
		String chinese = "请填写正确的11位手机号码";
		assertThat(problem(mistypedMobile())).contains(chinese);
		assertThat(problem(mistypedMobile().header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
			.as("Chinese first, whatever the browser asks for").contains(chinese);
		assertThat(problem(mistypedMobile().param("lang", "en"))).contains("Enter a valid 11-digit mobile number")
			.doesNotContain(chinese);
		assertThat(codes()).isEqualTo(before);
		assertThat(sms.count("123")).isZero();
	}

	@Test
	void shouldRefuseAFormWithoutCsrfToken() throws Exception {
		long codesBefore = codes();
		long ratingsBefore = ratings();
		mvc.perform(post("/evaluate/{y}/code", YEAR).param("mobile", "13100131000")).andExpect(status().isForbidden());
		mvc.perform(post("/evaluate/{y}/rate", YEAR).param("code", "123456")).andExpect(status().isForbidden());
		assertThat(codes()).isEqualTo(codesBefore);
		assertThat(ratings()).isEqualTo(ratingsBefore);
		assertThat(sms.count("13100131000")).isZero();
	}

}
