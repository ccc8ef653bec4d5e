package com.pledgeboard.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail in the back office, for the assessment office only. A filter value that cannot be
 * read (a malformed date) is named on the page and left out of the query rather than refused.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final String VIEW = "admin/audit";

	static final String PATH = "/admin/audit";

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final ZoneId zone;

	AuditController(AuditTrail trail, @Value("${pledgeboard.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.trail = trail;
		this.zone = zone;
	}

	@GetMapping(PATH)
	String audit(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<String> invalidFields = new ArrayList<>();
		LocalDate from = date(filter.from(), "from", invalidFields);
		LocalDate to = date(filter.to(), "to", invalidFields);
		var query = new AuditQuery(filter.actor(), filter.action(), filter.entity(), filter.entityId(),
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), Math.max(page, 0), PAGE_SIZE);
		AuditPage found = trail.find(query);
		model.addAttribute("page", found);
		model.addAttribute("invalidFields", invalidFields);
		model.addAttribute("previousUrl", found.hasPrevious() ? link(filter, found.page() - 1) : null);
		model.addAttribute("nextUrl", found.hasNext() ? link(filter, found.page() + 1) : null);
		return VIEW;
	}

	private static LocalDate date(String text, String field, List<String> invalidFields) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			invalidFields.add(field);
			return null;
		}
	}

	/** The same filter on another page, with only the fields that are set. */
	private static String link(AuditFilter filter, int page) {
		var uri = UriComponentsBuilder.fromPath(PATH);
		param(uri, "actor", filter.actor());
		param(uri, "action", filter.action());
		param(uri, "entity", filter.entity());
		param(uri, "entityId", filter.entityId());
		param(uri, "from", filter.from());
		param(uri, "to", filter.to());
		return uri.queryParam("page", page).encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.strip());
		}
	}

}
