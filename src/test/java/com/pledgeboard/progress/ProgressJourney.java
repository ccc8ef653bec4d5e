package com.pledgeboard.progress;

import java.time.LocalDateTime;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the progress journeys share: the running server, the seed table imported as a published year of
 * their own with the clock at its first quarter, and their users. No configuration of its own: each
 * journey's annotations say which application context it runs against.
 */
abstract class ProgressJourney {

	@LocalServerPort
	protected int port;

	@Autowired
	protected TableImporter importer;

	@Autowired
	protected Catalogue catalogue;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected UserDetailsService userDetails;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected ProgressTestSupport.TestClock clock;

	/** The seed table as the published plan year {@code year}, the clock at 5 February 09:00 of it; its id. */
	protected long publishedYear(int year, String fileName) {
		long yearId = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), fileName, "330500", year,
				PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(year, 2, 5, 9, 0));
		return yearId;
	}

	protected TestUsers users() {
		return new TestUsers(accounts, userDetails, catalogue);
	}

	protected String base() {
		return "http://localhost:" + port;
	}

}
