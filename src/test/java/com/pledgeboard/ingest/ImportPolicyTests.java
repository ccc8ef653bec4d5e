package com.pledgeboard.ingest;

import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of who may import a table of commitments, without Spring. */
class ImportPolicyTests {

	@Test
	void shouldLetOnlyTheOfficeImport() {
		assertThat(ImportPolicy.canImport(SignedInUser.of(1, "office", Role.ADMIN, null))).isTrue();
		assertThat(List.of(SignedInUser.of(2, "rater", Role.RATER, null), SignedInUser.of(3, "reporter", Role.REPORTER, 7L),
				SignedInUser.of(4, "approver", Role.APPROVER, 7L)))
			.noneMatch(ImportPolicy::canImport);
	}

}
