package com.pledgeboard.catalogue;

import java.util.List;
import java.util.Locale;

import com.pledgeboard.office.HomeSections;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The checklist of a plan year's move: the gaps of every module's {@link YearGates}, in their order.
 * The gates are looked up when asked, not at start, because some of them depend on beans that depend
 * on the catalogue's editing in turn.
 */
@Component
class YearChecklist {

	private final ObjectProvider<YearGates> gates;

	private final HomeSections words;

	YearChecklist(ObjectProvider<YearGates> gates, HomeSections words) {
		this.gates = gates;
		this.words = words;
	}

	/** A gap as the year's page shows it: what is missing, where, and where it is fixed. */
	record ShownGap(String kind, String text, String link, List<HomeSections.ShownItem> items) {
	}

	/** The gaps before a move, in the reader's language. */
	List<ShownGap> shownBefore(PlanYear year, PlanYearState to, Locale locale) {
		return gapsBefore(year, to).stream()
			.map(g -> new ShownGap(g.kind(), words.text(g.text(), locale), g.link(),
					g.items().stream().map(i -> words.item(i, locale)).toList()))
			.toList();
	}

	List<YearGates.Gap> gapsBefore(PlanYear year, PlanYearState to) {
		return gates.orderedStream().flatMap(g -> g.gapsBefore(year, to).stream()).toList();
	}

}
