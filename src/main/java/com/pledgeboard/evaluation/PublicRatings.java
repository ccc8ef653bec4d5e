package com.pledgeboard.evaluation;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.privacy.Hmac;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public evaluation (群众评议): while a plan year is {@code ASSESSING} anyone may rate each of its
 * departments once, after proving a mobile number with a one-time code. Numbers, codes and client
 * addresses are kept only as HMACs; codes expire after {@code code-validity} and die after
 * {@code max-attempts} wrong tries; requests are limited per number, per client address and per
 * minute overall, counted in the database. A refused request stores no rating.
 */
@Service
public class PublicRatings {

	static final int MAX_COMMENT = 500;

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Duration HOUR = Duration.ofHours(1);

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final EvaluationStore store;

	private final Catalogue catalogue;

	private final Hmac hmac;

	private final RequestLimits limits;

	private final SmsGateway sms;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Settings settings;

	/** The transaction that stores; the limits count before it in a transaction of their own. */
	private final TransactionTemplate work;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	/** The limits, all configurable under {@code pledgeboard.evaluation}. */
	record Settings(Duration codeValidity, int maxAttempts, int codesPerNumberPerHour, int codesPerAddressPerHour,
			int submissionsPerAddressPerHour, int requestsPerMinute) {
	}

	PublicRatings(EvaluationStore store, Catalogue catalogue, Hmac hmac, RequestLimits limits, SmsGateway sms, MessageSource messages,
			ApplicationEventPublisher events, PlatformTransactionManager transactions,
			@Value("${pledgeboard.evaluation.code-validity:5m}") Duration codeValidity,
			@Value("${pledgeboard.evaluation.max-attempts:5}") int maxAttempts,
			@Value("${pledgeboard.evaluation.codes-per-number-per-hour:3}") int codesPerNumber,
			@Value("${pledgeboard.evaluation.codes-per-address-per-hour:10}") int codesPerAddress,
			@Value("${pledgeboard.evaluation.submissions-per-address-per-hour:20}") int submissionsPerAddress,
			@Value("${pledgeboard.evaluation.requests-per-minute:600}") int requestsPerMinute) {
		this.store = store;
		this.catalogue = catalogue;
		this.hmac = hmac;
		this.limits = limits;
		this.sms = sms;
		this.messages = messages;
		this.events = events;
		this.settings = new Settings(codeValidity, maxAttempts, codesPerNumber, codesPerAddress, submissionsPerAddress,
				requestsPerMinute);
		this.work = new TransactionTemplate(transactions);
	}

	/** The year open to public evaluation, if it is. */
	Optional<PlanYear> openYear(String region, int year) {
		return catalogue.findPlanYear(region, year).filter(p -> p.state() == PlanYearState.ASSESSING);
	}

	/** A number as people type it (spaces, dashes, +86), reduced to its 11 digits; or a refusal. */
	static String normaliseMobile(String typed) {
		String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		if (!MOBILE.matcher(digits).matches()) {
			throw new Refused("evaluation.refused.mobile");
		}
		return digits;
	}

	/** The number with its middle hidden, to show whom a code went to. */
	static String masked(String mobile) {
		return mobile.substring(0, 3) + "****" + mobile.substring(7);
	}

	/**
	 * Sends a one-time code to the number and returns the number's hash, which the session keeps in
	 * place of the number. The limits and the code are stored in one transaction, committed before the
	 * message goes out; a refusal by any limit stores nothing and counts nowhere.
	 */
	public String requestCode(String region, int year, String typedMobile, String clientAddress) {
		PlanYear planYear = open(region, year);
		String mobile = normaliseMobile(typedMobile);
		String phoneHash = hmac.hash(mobile);
		Instant now = clock.instant();
		String code = String.format("%06d", random.nextInt(1_000_000));
		String codeHash = codeHash(phoneHash, code);
		limits.counting(status -> {
			// The address first: what its own limit refuses takes nothing from the number or from everyone.
			limits.take(new RequestLimits.Limit("address:codes:" + hmac.hash(clientAddress), HOUR,
					settings.codesPerAddressPerHour(), "evaluation.refused.addressCodes"), now);
			limits.take(new RequestLimits.Limit("number:codes:" + phoneHash, HOUR, settings.codesPerNumberPerHour(),
					"evaluation.refused.numberCodes"), now);
			limits.take(new RequestLimits.Limit("minute:codes", MINUTE, settings.requestsPerMinute(),
					"evaluation.refused.busyCodes"), now);
			store.insertCode(planYear.id(), phoneHash, codeHash, Timestamp.from(now),
					Timestamp.from(now.plus(settings.codeValidity())));
			return null;
		});
		// in the language of the page that asked for it
		sms.send(mobile, messages.getMessage("evaluation.sms.code", new Object[] { code, settings.codeValidity().toMinutes() },
				LocaleContextHolder.getLocale()));
		limits.purge(now);
		return phoneHash;
	}

	/**
	 * Stores the ratings of one submission if the code is right and none of the departments has been
	 * rated from the number this year; all or nothing.
	 * <p>
	 * Two transactions, one after the other on one connection at a time. The first counts: the
	 * address's limit, the checks of the submission, the code's try, the city-wide limit last (so that
	 * the row every request shares is held the shortest), committed whatever the checks found unless a
	 * limit refused. The second stores the rows, marks the code used and appends the audit entry.
	 * @param choices by department entry id; departments left out are not rated
	 */
	public int rate(String region, int year, String phoneHash, String code, Map<Long, Choice> choices,
			Map<Long, String> comments, String clientAddress) {
		Instant now = clock.instant();
		Checked checked = limits.counting(status -> check(region, year, phoneHash, choices, comments, clientAddress, now));
		if (checked.refusal() != null) {
			throw checked.refusal();
		}
		String typed = code == null ? "" : code.strip();
		if (!Hmac.same(checked.codeHash(), codeHash(phoneHash, typed))) {
			throw new Refused("evaluation.refused.codeWrong");
		}
		try {
			return work.execute(status -> store(checked, phoneHash, choices, now));
		}
		catch (DuplicateKeyException ex) {
			Set<Long> rated = Set.copyOf(store.ratedEntries(checked.planYear().id(), phoneHash));
			List<String> again = choices.keySet().stream().filter(rated::contains).map(checked.names()::get).toList();
			throw again.isEmpty() ? new Refused("evaluation.refused.ratedMeanwhile")
					: new Refused("evaluation.refused.ratedBefore", String.join("、", again));
		}
	}

	/**
	 * What the counting transaction found: the open year, its entries' names, the comments to keep and
	 * the live code whose try was taken; or the refusal to give once the counts are committed.
	 */
	private record Checked(PlanYear planYear, Map<Long, String> names, Map<Long, String> texts, long codeId,
			String codeHash, Refused refusal) {

		static Checked refused(Refused refusal) {
			return new Checked(null, null, null, 0, null, refusal);
		}

	}

	/** Runs in the counting transaction; a limit's refusal is thrown (rolling it back), any other returned. */
	private Checked check(String region, int year, String phoneHash, Map<Long, Choice> choices,
			Map<Long, String> comments, String clientAddress, Instant now) {
		PlanYear planYear = open(region, year);
		limits.take(new RequestLimits.Limit("address:submissions:" + hmac.hash(clientAddress), HOUR,
				settings.submissionsPerAddressPerHour(), "evaluation.refused.addressSubmissions"), now);
		Checked checked;
		try {
			checked = checkSubmission(planYear, phoneHash, choices, comments, now);
		}
		catch (Refused refusal) {
			checked = Checked.refused(refusal);
		}
		limits.take(new RequestLimits.Limit("minute:submissions", MINUTE, settings.requestsPerMinute(),
				"evaluation.refused.busySubmissions"), now);
		return checked;
	}

	private Checked checkSubmission(PlanYear planYear, String phoneHash, Map<Long, Choice> choices,
			Map<Long, String> comments, Instant now) {
		if (phoneHash == null) {
			throw new Refused("evaluation.refused.noCode");
		}
		Map<Long, String> names = catalogue.entryNames(planYear.id());
		if (choices.isEmpty()) {
			throw new Refused("evaluation.refused.nothingRated");
		}
		if (!names.keySet().containsAll(choices.keySet())) {
			throw new Refused("evaluation.refused.otherYear");
		}
		Map<Long, String> texts = new LinkedHashMap<>();
		comments.forEach((id, text) -> {
			String t = text == null ? "" : text.strip();
			if (t.length() > MAX_COMMENT) {
				throw new Refused("evaluation.refused.commentTooLong", MAX_COMMENT, names.get(id));
			}
			if (!t.isEmpty() && choices.containsKey(id)) {
				texts.put(id, t);
			}
		});
		EvaluationStore.LiveCode live = store.liveCode(planYear.id(), phoneHash)
			.orElseThrow(() -> new Refused("evaluation.refused.codeInvalid"));
		if (!live.expires().isAfter(now)) {
			throw new Refused("evaluation.refused.codeExpired");
		}
		// The try is taken before the comparison, so that tries at once cannot all pass a count read before.
		if (!limits.takeCodeAttempt(live.id(), settings.maxAttempts())) {
			throw new Refused("evaluation.refused.codeAttempts");
		}
		return new Checked(planYear, names, texts, live.id(), live.hash(), null);
	}

	/**
	 * Marks the code used, stores the rows in one statement and appends the audit entry, in the
	 * caller's transaction. A department rated from the number before makes the insert fail with a
	 * duplicate key, which rolls everything back; the caller then says which.
	 */
	private int store(Checked checked, String phoneHash, Map<Long, Choice> choices, Instant now) {
		long planYearId = checked.planYear().id();
		if (!store.useCode(checked.codeId(), Timestamp.from(now))) {
			throw new Refused("evaluation.refused.codeUsed");
		}
		store.insertRatings(planYearId, phoneHash, choices, checked.texts(), Timestamp.from(now));
		List<Map<String, Object>> audited = new ArrayList<>(choices.size());
		for (Map.Entry<Long, Choice> c : choices.entrySet()) {
			audited.add(Map.of("entry", c.getKey(), "choice", c.getValue().name(),
					"comment", checked.texts().get(c.getKey()) != null));
		}
		events.publishEvent(AuditEvent.of("PUBLIC_RATINGS", "plan_year", planYearId, null, Map.of("ratings", audited)));
		return choices.size();
	}

	private String codeHash(String phoneHash, String code) {
		return hmac.hash(phoneHash + ":" + code);
	}

	private PlanYear open(String region, int year) {
		return openYear(region, year).orElseThrow(() -> new Refused("evaluation.refused.notOpen"));
	}

}
