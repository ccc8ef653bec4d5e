package com.pledgeboard.cli;

import java.util.concurrent.Callable;

import com.pledgeboard.ingest.TableImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reextract", mixinStandardHelpOptions = true,
		description = "Run the target extractor again over a stored plan year; confirmed and edited targets are kept.")
class ReextractCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	PlanYearOptions planYear;

	@Override
	public Integer call() {
		int targets = SpringContext.bean(TableImporter.class).reextract(planYear.region, planYear.year);
		spec.commandLine().getOut().printf("Plan year %d of region %s now has %d targets%n", planYear.year, planYear.region,
				targets);
		return 0;
	}

}
