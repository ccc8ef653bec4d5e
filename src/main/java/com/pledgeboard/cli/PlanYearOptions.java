package com.pledgeboard.cli;

import picocli.CommandLine.Option;

/** Which stored plan year a command works on: {@code --year} and {@code --region}, the same in every command. */
final class PlanYearOptions {

	/** The region of the bundled seed table (GB/T 2260), where no {@code --region} is given. */
	static final String DEFAULT_REGION = "330500";

	static final String REGION_HELP = "GB/T 2260 region code (default: ${DEFAULT-VALUE})";

	@Option(names = "--year", required = true, description = "plan year")
	int year;

	@Option(names = "--region", defaultValue = DEFAULT_REGION, description = REGION_HELP)
	String region;

}
