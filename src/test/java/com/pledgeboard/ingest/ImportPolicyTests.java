package com.pledgeboard.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.pledgeboard.support.PolicyUsers.OFFICE;
import static com.pledgeboard.support.PolicyUsers.RATER;
import static com.pledgeboard.support.PolicyUsers.REPORTER;
import static com.pledgeboard.support.PolicyUsers.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule of who may import a table of commitments, without Spring. */
class ImportPolicyTests {

	@Test
	void shouldLetOnlyTheOfficeImport() {
		assertThat(ImportPolicy.canImport(OFFICE)).isTrue();
		assertThat(List.of(RATER, REPORTER, APPROVER))
			.noneMatch(ImportPolicy::canImport);
	}

}
