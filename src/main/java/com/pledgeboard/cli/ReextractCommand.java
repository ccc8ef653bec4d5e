package com.pledgeboard.cli;

import java.util.concurrent.Callable;

import com.pledgeboard.ingest.TableImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reextract", mixinStandardHelpOptions = true,
		description = "Run the target extractor again over a stored plan year; confirmed and edited targets are kept.")
class ReextractCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, description = "plan year")
	int year;

	@Option(names = "--region", defaultValue = "330500", description = "GB/T 2260 region code (default: ${DEFAULT-VALUE})")
	String region;

	@Override
	public Integer call() {
		int targets = SpringContext.bean(TableImporter.class).reextract(region, year);
		spec.commandLine().getOut().printf("Plan year %d of region %s now has %d targets%n", year, region, targets);
		return 0;
	}

}
