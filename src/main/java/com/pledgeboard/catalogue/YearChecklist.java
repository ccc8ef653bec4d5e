package com.pledgeboard.catalogue;

import java.util.List;

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

	YearChecklist(ObjectProvider<YearGates> gates) {
		this.gates = gates;
	}

	List<YearGates.Gap> gapsBefore(PlanYear year, PlanYearState to) {
		return gates.orderedStream().flatMap(g -> g.gapsBefore(year, to).stream()).toList();
	}

}
