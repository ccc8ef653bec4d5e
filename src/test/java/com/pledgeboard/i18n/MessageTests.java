package com.pledgeboard.i18n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message is Chinese by default and English when resolved for English, with its arguments as
 * written and the messages among them resolved in the same language.
 */
class MessageTests {

	/** As Spring Boot configures it from application.properties. */
	private final ResourceBundleMessageSource messages = Message.bundles();

	@Test
	void shouldBeChineseByDefaultAndEnglishForEnglish() {
		Message m = Message.of("reading.refused.range", "许多");
		assertThat(m.chinese()).isEqualTo("数值超出范围或小数位过多（最多6位小数）：许多");
		assertThat(m.getDefaultMessage()).isEqualTo("数值超出范围或小数位过多（最多6位小数）：许多");
		assertThat(messages.getMessage(m, Locale.SIMPLIFIED_CHINESE)).isEqualTo("数值超出范围或小数位过多（最多6位小数）：许多");
		assertThat(messages.getMessage(m, Locale.ENGLISH))
			.isEqualTo("The value is out of range or has too many decimals (at most 6): 许多");
	}

	@Test
	void shouldWriteNumbersAsTheyAreNotGroupedOrRounded() {
		assertThat(Message.of("progress.refused.narrative", 4000).chinese()).isEqualTo("进展情况：不能为空，且不超过4000个字符");
		assertThat(messages.getMessage(Message.of("difficulty.refused.bounds.grid", new BigDecimal("0.050")),
				Locale.ENGLISH)).endsWith("of the step 0.050");
	}

	@Test
	void shouldResolveMessagesAmongTheArgumentsInTheSameLanguage() {
		Message m = Message.of("progress.refused.target", 1, Message.of("target.kind.deadline"),
				Message.of("reading.refused.dayRange", "2021-01-01", "2022-12-31"));
		assertThat(m.chinese()).isEqualTo("目标1（时限）：完成日期应在2021-01-01至2022-12-31之间（不能晚于今天）");
		assertThat(messages.getMessage(m, Locale.ENGLISH)).isEqualTo(
				"Target 1 (deadline): The completion date must be between 2021-01-01 and 2022-12-31 (and not after today)");
	}

	@Test
	void shouldJoinMessagesInTheReadersPunctuation() {
		Message joined = Message.joined(List.of(Message.of("reading.refused.rank"),
				Message.of("reading.refused.negative"), Message.of("reading.refused.missing")));
		assertThat(joined.chinese()).isEqualTo("名次应为正整数；数值不能为负数；请填写实际值");
		assertThat(messages.getMessage(joined, Locale.ENGLISH))
			.isEqualTo("A place must be a positive whole number; The value cannot be negative; Enter the actual value");
		assertThat(Message.joined(List.of(Message.of("reading.refused.rank")))).isEqualTo(Message.of("reading.refused.rank"));
	}

	@Test
	void shouldFallBackToTheCodeWhenTheBundleLacksIt() {
		assertThat(Message.of("no.such.code", 1).chinese()).isEqualTo("no.such.code");
	}

}
