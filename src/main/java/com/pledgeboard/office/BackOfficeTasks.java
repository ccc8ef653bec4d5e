package com.pledgeboard.office;

import java.util.List;

import com.pledgeboard.account.SignedInUser;

/**
 * What waits for a user on the back-office home, offered by each module that has work for someone.
 * The home collects every bean of this type in {@code @Order} and shows their sections in turn. Each
 * module decides from the user's role and department what to show, as strictly as its own pages do:
 * a department's user never sees another department's work. It lives in the home's own module, which
 * depends on no module that offers tasks, so that every module can offer them.
 */
public interface BackOfficeTasks {

	/** The most items a section lists; the rest are behind its link to the full page. */
	int SHOWN = 10;

	/** The sections for this user, in order; none where the user's role has nothing to do here. */
	List<Section> sectionsFor(SignedInUser user);

	/**
	 * A message of the bundles with its arguments. A {@code LocalDate} argument is written the way the
	 * reader's language writes dates, a {@code Text} argument is resolved in turn, and a {@code List}
	 * argument is resolved element by element and joined.
	 */
	record Text(String key, List<Object> args) {

		public Text {
			args = List.copyOf(args);
		}

		public static Text of(String key, Object... args) {
			return new Text(key, List.of(args));
		}

	}

	/** The colour of a flag, shown with the classes of the status lights and always with a label. */
	enum Tone {

		RED, YELLOW, NONE

	}

	/**
	 * One thing to do or to know.
	 *
	 * @param detail a second line (a reason, a date, what is left), or {@code null}
	 * @param link the back-office page where it is done, or {@code null}
	 * @param tone with {@code label}, a flag beside the text; both {@code null} for none
	 */
	record Item(Text text, Text detail, String link, Tone tone, Text label) {

		public static Item of(Text text, String link) {
			return new Item(text, null, link, null, null);
		}

		public Item withDetail(Text detail) {
			return new Item(text, detail, link, tone, label);
		}

		public Item flagged(Tone tone, Text label) {
			return new Item(text, detail, link, tone, label);
		}

	}

	/**
	 * A heading with what waits under it; without items it says there is nothing to do.
	 *
	 * @param count how many things wait in all, of which {@code items} lists at most {@link #SHOWN};
	 * {@code null} where the items are not things to do
	 * @param summary a line under the heading (how much is done of how much), or {@code null}
	 * @param allLink the page that shows all of them, or {@code null}
	 */
	record Section(Text title, Integer count, Text summary, List<Item> items, String allLink) {

		public Section {
			items = List.copyOf(items);
		}

		/** Things to do: counted, and listed up to {@link #SHOWN}. */
		public static Section todo(Text title, Text summary, List<Item> all, String allLink) {
			return new Section(title, all.size(), summary, all.subList(0, Math.min(all.size(), SHOWN)), allLink);
		}

	}

}
