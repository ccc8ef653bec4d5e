package com.pledgeboard.cli;

import java.util.concurrent.Callable;

import com.pledgeboard.Json;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.TableDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Print a plan year's table from the database, in the shape the importer's dry run prints.")
class ExportCommand implements Callable<Integer> {

	enum Format {

		json

	}

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, description = "plan year")
	int year;

	@Option(names = "--region", defaultValue = "330500", description = "GB/T 2260 region code (default: ${DEFAULT-VALUE})")
	String region;

	@Option(names = "--format", defaultValue = "json", description = "output format: ${COMPLETION-CANDIDATES}")
	Format format;

	@Override
	public Integer call() {
		Catalogue catalogue = SpringContext.bean(Catalogue.class);
		PlanYear planYear = catalogue.findPlanYear(region, year)
			.orElseThrow(() -> new UserInputException("no plan year " + year + " of region " + region));
		TableDocument document = TableDocument.of(catalogue.entries(planYear.id()));
		spec.commandLine().getOut().println(Json.forCommandLine().writeValueAsString(document));
		return 0;
	}

}
