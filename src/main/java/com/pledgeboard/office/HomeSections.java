package com.pledgeboard.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Dates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sections of the back-office home, gathered from every module's {@link BackOfficeTasks} in their
 * order and written out in the reader's language, so that the template only places text. Other pages
 * that list {@link BackOfficeTasks.Item}s (the checklist of a year's move) word them here too.
 */
@Component
public class HomeSections {

	private final List<BackOfficeTasks> tasks;

	private final MessageSource messages;

	private final Dates dates;

	HomeSections(List<BackOfficeTasks> tasks, MessageSource messages, Dates dates) {
		this.tasks = tasks;
		this.messages = messages;
		this.dates = dates;
	}

	public record Shown(String title, Integer count, String summary, List<ShownItem> items, String allLink) {
	}

	/** {@code tone} and {@code label} are both {@code null} where the item has no flag. */
	public record ShownItem(String text, String detail, String link, String tone, String label) {
	}

	List<Shown> of(SignedInUser user, Locale locale) {
		return tasks.stream()
			.flatMap(t -> t.sectionsFor(user).stream())
			.map(s -> new Shown(text(s.title(), locale), s.count(), text(s.summary(), locale),
					s.items().stream().map(i -> item(i, locale)).toList(), s.allLink()))
			.toList();
	}

	/** An item in the reader's language. */
	public ShownItem item(BackOfficeTasks.Item item, Locale locale) {
		return new ShownItem(text(item.text(), locale), text(item.detail(), locale), item.link(),
				item.tone() == null ? null : item.tone().name(), text(item.label(), locale));
	}

	/** A text in the reader's language; {@code null} for none. */
	public String text(BackOfficeTasks.Text text, Locale locale) {
		if (text == null) {
			return null;
		}
		Object[] args = text.args().stream().map(a -> argument(a, locale)).toArray();
		return messages.getMessage(text.key(), args, locale);
	}

	private Object argument(Object arg, Locale locale) {
		if (arg instanceof BackOfficeTasks.Text t) {
			return text(t, locale);
		}
		if (arg instanceof LocalDate d) {
			return dates.day(d, locale);
		}
		if (arg instanceof List<?> list) {
			return list.stream()
				.map(a -> String.valueOf(argument(a, locale)))
				.collect(Collectors.joining(messages.getMessage("format.listSeparator", null, locale)));
		}
		return arg;
	}

}
