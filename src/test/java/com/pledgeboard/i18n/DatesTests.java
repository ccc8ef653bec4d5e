package com.pledgeboard.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates the Chinese way (2022年9月30日) and the English way (30 Sep 2022), moments in the city's zone.
 */
class DatesTests {

	private final Dates dates = new Dates(ZoneId.of("Asia/Shanghai"));

	@Test
	void shouldWriteADayTheChineseWayAndTheEnglishWay() {
		LocalDate day = LocalDate.of(2022, 9, 30);
		assertThat(dates.day(day, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2022年9月30日");
		assertThat(dates.day(day, Locale.ENGLISH)).isEqualTo("30 Sep 2022");
		assertThat(dates.day(LocalDate.of(2023, 1, 5), Locale.UK)).isEqualTo("5 Jan 2023");
	}

	@Test
	void shouldWriteAMomentInTheCitysZone() {
		Instant utc = Instant.parse("2022-09-30T06:05:09Z");
		assertThat(dates.time(utc, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2022年9月30日 14:05");
		assertThat(dates.time(utc, Locale.ENGLISH)).isEqualTo("30 Sep 2022, 14:05");
		assertThat(dates.time(OffsetDateTime.of(2022, 9, 30, 23, 30, 0, 0, ZoneOffset.UTC), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2022年10月1日 07:30");
		assertThat(dates.day(utc.plusSeconds(18 * 3600), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2022年10月1日");
		assertThat(dates.time(LocalDateTime.of(2022, 9, 30, 8, 0), Locale.ENGLISH)).isEqualTo("30 Sep 2022, 08:00");
	}

	@Test
	void shouldWriteChineseForAnyLanguageButEnglishAsTheBundlesDo() {
		assertThat(dates.day(LocalDate.of(2022, 9, 30), Locale.FRENCH)).isEqualTo("2022年9月30日");
		assertThat(dates.day(LocalDate.of(2022, 9, 30), null)).isEqualTo("2022年9月30日");
	}

	@Test
	void shouldWriteNothingForNoDate() {
		assertThat(dates.day(null, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void shouldWriteTheDaysAmongMessageArguments() {
		Object[] arguments = { LocalDate.of(2022, 9, 30), "3", "家" };
		assertThat(dates.inArguments(arguments, Locale.SIMPLIFIED_CHINESE)).containsExactly("2022年9月30日", "3", "家");
		assertThat(dates.inArguments(arguments, Locale.ENGLISH)).containsExactly("30 Sep 2022", "3", "家");
	}

}
