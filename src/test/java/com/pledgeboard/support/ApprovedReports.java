package com.pledgeboard.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.rules.Goal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Approved progress reports stored straight in the tables, for pages that show progress: what the
 * report form and the approval would leave behind, without walking through them.
 */
public final class ApprovedReports {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final TestUsers users;

	public ApprovedReports(JdbcClient jdbc, Catalogue catalogue, UserAccounts accounts, UserDetailsService userDetails) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.users = new TestUsers(accounts, userDetails, catalogue);
	}

	/**
	 * The year's commitments whose one promise is a quantity to reach, department by department: their
	 * light is that target's, whatever the reading makes it.
	 */
	public List<Commitment> withQuantityTargets(PlanYear year) {
		return catalogue.entries(year.id())
			.stream()
			.map(DepartmentEntry::commitments)
			.flatMap(List::stream)
			.filter(c -> c.targets().stream().filter(t -> !t.definition().isBaseline()).count() == 1
					&& c.targets().stream().anyMatch(ApprovedReports::quantity))
			.toList();
	}

	public static Target quantityTarget(Commitment c) {
		return c.targets().stream().filter(ApprovedReports::quantity).findFirst().orElseThrow();
	}

	private static boolean quantity(Target t) {
		// Something to reach (not a cap) of at least 2, so that a reading of 1 late in the year is far behind.
		return t.definition().kind() == TargetKind.QUANTITY && !t.definition().isBaseline()
				&& t.definition().value() != null && t.definition().value().compareTo(BigDecimal.valueOf(2)) >= 0
				&& !Goal.of(t.definition()).isCap();
	}

	/** An approved report of the period with one reading of the target, filed by a reporter of the department. */
	public void approve(DepartmentEntry entry, Commitment c, int period, Target target, BigDecimal value) {
		long user = ((SignedInUser) users.user("reporter-" + entry.id(), Role.REPORTER, entry.name())).id();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at,
				  submitted_at, decided_by, decided_at) values (?, ?, 1, 'APPROVED', ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), period, "第" + period + "期进展。", user, now, now, user, now)
			.update();
		long id = jdbc.sql("select max(id) from progress_report").query(Long.class).single();
		jdbc.sql("insert into progress_reading (report_id, target_id, actual_value) values (?, ?, ?)")
			.params(id, target.id(), value)
			.update();
	}

}
