package com.pledgeboard.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
	String audit(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model) {
		var query = new AuditQuery(filter.actor(), filter.action(), filter.entity(), filter.entityId(),
				filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
				filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant(),
				filter.pageNumber(), PAGE_SIZE);
		AuditPage page = trail.find(query);
		model.addAttribute("page", page);
		model.addAttribute("rows",
				page.entries().stream().map(e -> new Row(e, LocalDateTime.ofInstant(e.occurredAt(), zone))).toList());
		model.addAttribute("invalidFields",
				binding.getFieldErrors().stream().map(FieldError::getField).distinct().toList());
		model.addAttribute("previousUrl", page.hasPrevious() ? link(filter, page.page() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? link(filter, page.page() + 1) : null);
		return VIEW;
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

	private static void param(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value.toString().strip());
		}
	}

	/** An entry with its time in the city's zone. */
	record Row(AuditRecord entry, LocalDateTime time) {
	}

}
