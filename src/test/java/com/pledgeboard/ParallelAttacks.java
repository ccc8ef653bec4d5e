package com.pledgeboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import jakarta.servlet.http.Cookie;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The attacks on the limits that once got through because a count was read before and written after
 * the work it guarded, fired all at once through the whole web stack; each limit is asserted exactly.
 * Run on H2 and on PostgreSQL by the subclasses. The contexts keep the default limits: 5 failed
 * sign-ins per account and 20 per address in 15 minutes, 5 tries of a code; the evaluation's are set
 * low by the subclasses: 3 codes an hour per address, 20 requests a minute overall.
 */
abstract class ParallelAttacks {

	private static final int ATTACKERS = 40;

	private static final int ACCOUNT_LIMIT = 5;

	private static final int ADDRESS_LIMIT = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TableImporter importer;

	@Autowired
	CapturingSmsGateway sms;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	/** Sign-in answers, as the person who tried reads them. */
	enum Outcome {

		SIGNED_IN, REFUSED, THROTTLED

	}

	private Outcome signIn(String username, String password, String address) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf())
			.with(from(address))).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if ("/admin".equals(target)) {
			return Outcome.SIGNED_IN;
		}
		assertThat(target).isEqualTo("/login?error");
		String page = mvc.perform(get("/login").param("error", "")
			.cookie(result.getResponse().getCookie("SESSION"))
			.with(from(address))).andReturn().getResponse().getContentAsString();
		return page.contains(text("login.error.throttled")) ? Outcome.THROTTLED : Outcome.REFUSED;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
	}

	/** Runs the tasks at once (all released together) and returns their results in order. */
	private static <T> List<T> atOnce(int count, IntFunction<Callable<T>> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<T> work = task.apply(i);
				futures.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long count(List<?> outcomes, Object outcome) {
		return outcomes.stream().filter(outcome::equals).count();
	}

	@Test
	void shouldCheckNoMoreWrongPasswordsFromOneAddressThanItsLimit() throws Exception {
		List<Outcome> outcomes = atOnce(ATTACKERS, i -> () -> signIn("sprayed-" + i, "wrong-password-" + i, "10.40.0.1"));
		assertThat(count(outcomes, Outcome.REFUSED)).isEqualTo(ADDRESS_LIMIT);
		assertThat(count(outcomes, Outcome.THROTTLED)).isEqualTo(ATTACKERS - ADDRESS_LIMIT);
	}

	@Test
	void shouldCheckNoMoreWrongPasswordsOnOneAccountThanItsLimit() throws Exception {
		new TestUsers(accounts, userDetails, catalogue).user("guessed-all-wrong", Role.RATER, null);
		List<Outcome> outcomes = atOnce(ATTACKERS,
				i -> () -> signIn("guessed-all-wrong", "wrong-password-" + i, "10.41.0." + i));
		assertThat(count(outcomes, Outcome.REFUSED)).isEqualTo(ACCOUNT_LIMIT);
		assertThat(count(outcomes, Outcome.THROTTLED)).isEqualTo(ATTACKERS - ACCOUNT_LIMIT);
		assertThat(signIn("guessed-all-wrong", TestUsers.PASSWORD, "10.41.1.1")).isEqualTo(Outcome.THROTTLED);
	}

	/**
	 * 39 wrong passwords and the right one at once, each from its own address. Every password checked
	 * holds one of the account's 5 places while it is checked; a wrong one keeps it, the right one gives
	 * it back. So the right password signs in only if it got a place before the wrong ones had taken
	 * them all, and then at most one more wrong password is checked in the place it gave back; otherwise
	 * it is throttled like the rest and exactly 5 wrong ones are checked. It is never answered "wrong".
	 */
	@Test
	void shouldNotSignInWithTheRightPasswordOnceTheWrongOnesHaveLockedTheAccount() throws Exception {
		new TestUsers(accounts, userDetails, catalogue).user("guessed-once-right", Role.RATER, null);
		int right = ATTACKERS / 2;
		List<Outcome> outcomes = atOnce(ATTACKERS, i -> () -> signIn("guessed-once-right",
				i == right ? TestUsers.PASSWORD : "wrong-password-" + i, "10.42.0." + i));
		Outcome rightOne = outcomes.get(right);
		long wrongChecked = count(outcomes, Outcome.REFUSED);
		assertThat(rightOne).isIn(Outcome.SIGNED_IN, Outcome.THROTTLED);
		assertThat(count(outcomes, Outcome.SIGNED_IN)).isEqualTo(rightOne == Outcome.SIGNED_IN ? 1 : 0);
		if (rightOne == Outcome.SIGNED_IN) {
			assertThat(wrongChecked).isBetween((long) ACCOUNT_LIMIT - 1, (long) ACCOUNT_LIMIT);
		}
		else {
			assertThat(wrongChecked).isEqualTo(ACCOUNT_LIMIT);
		}
		assertThat(count(outcomes, Outcome.THROTTLED)).isEqualTo(ATTACKERS - wrongChecked - count(outcomes, Outcome.SIGNED_IN));
		Outcome after = signIn("guessed-once-right", TestUsers.PASSWORD, "10.42.1.1");
		assertThat(after).isEqualTo(wrongChecked == ACCOUNT_LIMIT ? Outcome.THROTTLED : Outcome.SIGNED_IN);
	}

	private long openYear(int year) {
		return importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "parallel.txt", "330500",
				year, PlanYearState.ASSESSING, false).planYearId();
	}

	/** A visitor's answer: the redirect's flash message, problem or done; a 500 fails the test. */
	private String answer(MockHttpServletRequestBuilder request, String address, Cookie session) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request.with(csrf()).with(from(address))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		Object problem = result.getFlashMap().get("problem");
		return problem != null ? problem.toString() : String.valueOf(result.getFlashMap().get("done"));
	}

	/** Code requests counted against everyone in the windows so far. */
	private int cityWideCodes() {
		return jdbc.sql("select coalesce(sum(hits), 0) from evaluation_limit where limit_key = 'minute:codes'")
			.query(Integer.class)
			.single();
	}

	/** 30 at once from one address, where 3 are allowed it and 20 a minute the whole city: 3 count for everyone. */
	@Test
	void shouldLetAFloodFromOneAddressTakeOnlyItsOwnShareOfTheCityWideQuota() throws Exception {
		openYear(2071);
		int before = cityWideCodes();
		List<String> flood = atOnce(30, i -> () -> answer(
				post("/evaluate/2071/code")
					.param("mobile", "1361000" + String.format("%04d", i)), "10.43.0.1", null));
		assertThat(count(flood, "evaluation.done.codeSent")).isEqualTo(3);
		assertThat(count(flood, text("evaluation.refused.addressCodes"))).isEqualTo(27);
		assertThat(cityWideCodes() - before).isEqualTo(3);
		// Another citizen, elsewhere, is served.
		assertThat(answer(post("/evaluate/2071/code")
			.param("mobile", "13620000000"), "10.43.0.2", null)).isEqualTo("evaluation.done.codeSent");
	}

	/** 15 wrong codes at once in one session, each from its own address: 5 are compared, 10 refused. */
	@Test
	void shouldCompareNoMoreTriesOfACodeThanItsLimitInOneSession() throws Exception {
		int y = 2072;
		long year = openYear(y);
		long entry = catalogue.entries(year).get(0).id();
		MvcResult asked = mvc.perform(post("/evaluate/" + y + "/code")
			.param("mobile", "13630000000")
			.with(csrf())
			.with(from("10.44.0.1"))).andReturn();
		Cookie session = asked.getResponse().getCookie("SESSION");
		String right = sms.lastCode("13630000000");
		String wrong = right.equals("000000") ? "111111" : "000000";
		List<String> tries = atOnce(15, i -> () -> answer(
				post("/evaluate/" + y + "/rate")
					.param("code", wrong)
					.param("choice-" + entry, "SATISFIED"), "10.44.1." + i, session));
		assertThat(count(tries, text("evaluation.refused.codeWrong"))).as(tries.toString()).isEqualTo(5);
		assertThat(count(tries, text("evaluation.refused.codeAttempts"))).as(tries.toString()).isEqualTo(10);
		assertThat(jdbc.sql("select attempts from verification_code where plan_year_id = ?").param(year)
			.query(Integer.class).single()).isEqualTo(5);
		assertThat(answer(post("/evaluate/" + y + "/rate")
			.param("code", right)
			.param("choice-" + entry, "SATISFIED"), "10.44.2.1", session)).isEqualTo(text("evaluation.refused.codeAttempts"));
		assertThat(jdbc.sql("select count(*) from public_rating where plan_year_id = ?").param(year).query(Long.class)
			.single()).isZero();
	}

}
