package com.pledgeboard.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The filter form of the back office's audit page. Dates are whole days in the city's time zone,
 * both inclusive.
 */
record AuditFilter(String actor, String action, String entity, String entityId,
		@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to, Integer page) {

	int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}

}
