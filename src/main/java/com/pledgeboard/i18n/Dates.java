package com.pledgeboard.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages write dates: 2022年9月30日 and 2022年9月30日 14:05 in Chinese, 30 Sep 2022 and
 * 30 Sep 2022, 14:05 in English, moments in the city's time zone. Templates call it as
 * {@code ${@dates.day(x)}} in the request's language; a day or a moment may be a {@link LocalDate},
 * {@link LocalDateTime}, {@link OffsetDateTime}, {@link ZonedDateTime} or {@link Instant}, and
 * {@code null} is written as nothing.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("y年M月d日", Locale.CHINESE);

	private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("y年M月d日 HH:mm", Locale.CHINESE);

	private static final DateTimeFormatter CHINESE_SECOND = DateTimeFormatter.ofPattern("y年M月d日 HH:mm:ss",
			Locale.CHINESE);

	// Locale.ENGLISH, not Locale.UK: the latter abbreviates September as "Sept".
	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM y", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM y, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_SECOND = DateTimeFormatter.ofPattern("d MMM y, HH:mm:ss",
			Locale.ENGLISH);

	private final ZoneId zone;

	public Dates(@Value("${pledgeboard.progress.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	/** The day, in the request's language. */
	public String day(Temporal when) {
		return day(when, LocaleContextHolder.getLocale());
	}

	/** The day and the minute, in the request's language. */
	public String time(Temporal when) {
		return time(when, LocaleContextHolder.getLocale());
	}

	/** The day and the second, where the order of moments close together matters (the audit trail). */
	public String second(Temporal when) {
		return format(when, chinese(LocaleContextHolder.getLocale()) ? CHINESE_SECOND : ENGLISH_SECOND);
	}

	public String day(Temporal when, Locale locale) {
		return format(when, chinese(locale) ? CHINESE_DAY : ENGLISH_DAY);
	}

	public String time(Temporal when, Locale locale) {
		return format(when, chinese(locale) ? CHINESE_TIME : ENGLISH_TIME);
	}

	/** Message arguments with each day among them written as {@link #day(Temporal, Locale)} writes it. */
	public Object[] inArguments(Object[] arguments, Locale locale) {
		return Arrays.stream(arguments).map(a -> a instanceof Temporal t ? day(t, locale) : a).toArray();
	}

	/** Message arguments with each day among them written in the request's language. */
	public Object[] inArguments(Object[] arguments) {
		return inArguments(arguments, LocaleContextHolder.getLocale());
	}

	private String format(Temporal when, DateTimeFormatter format) {
		if (when == null) {
			return "";
		}
		if (when instanceof Instant instant) {
			return format.format(instant.atZone(zone));
		}
		if (when instanceof OffsetDateTime moment) {
			return format.format(moment.atZoneSameInstant(zone));
		}
		if (when instanceof ZonedDateTime moment) {
			return format.format(moment.withZoneSameInstant(zone));
		}
		return format.format(when);
	}

	/** Chinese unless English is asked for, as the message bundles fall back to the Chinese one. */
	private static boolean chinese(Locale locale) {
		return locale == null || !"en".equals(locale.getLanguage());
	}

}
