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
	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	MessageTests() {
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void shouldBeChineseByDefaultAndEnglishForEnglish() {
		Message m = Message.of("progress.refused.notANumber", "许多");
		assertThat(m.chinese()).isEqualTo("不是数字：许多");
		assertThat(m.getDefaultMessage()).isEqualTo("不是数字：许多");
		assertThat(messages.getMessage(m, Locale.SIMPLIFIED_CHINESE)).isEqualTo("不是数字：许多");
		assertThat(messages.getMessage(m, Locale.ENGLISH)).isEqualTo("Not a number: 许多");
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
				Message.of("progress.refused.doneOnRange"));
		assertThat(m.chinese()).isEqualTo("目标1（时限）：完成日期不能晚于今天，也不能早于上一年");
		assertThat(messages.getMessage(m, Locale.ENGLISH))
			.isEqualTo("Target 1 (deadline): The completion date cannot be after today or before last year");
	}

	@Test
	void shouldJoinMessagesInTheReadersPunctuation() {
		Message joined = Message.joined(List.of(Message.of("progress.refused.rank"),
				Message.of("progress.refused.negative"), Message.of("progress.refused.missingValue")));
		assertThat(joined.chinese()).isEqualTo("名次应为正整数；数值不能为负数；请填写实际值");
		assertThat(messages.getMessage(joined, Locale.ENGLISH))
			.isEqualTo("A place must be a positive whole number; The value cannot be negative; Enter the actual value");
		assertThat(Message.joined(List.of(Message.of("progress.refused.rank")))).isEqualTo(Message.of("progress.refused.rank"));
	}

	@Test
	void shouldFallBackToTheCodeWhenTheBundleLacksIt() {
		assertThat(Message.of("no.such.code", 1).chinese()).isEqualTo("no.such.code");
	}

}
