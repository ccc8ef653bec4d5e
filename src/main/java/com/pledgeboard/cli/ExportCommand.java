package com.pledgeboard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.documents.ExportFormat;
import com.pledgeboard.documents.TableExporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write a plan year's table from the database: json (the importer's dry-run shape), csv (UTF-8 with"
				+ " BOM), xlsx (the published layout, which import reads back) or pdf (the annual report).")
class ExportCommand implements Callable<Integer> {

	enum Format {

		json, csv, xlsx, pdf

	}

	@Spec
	CommandSpec spec;

	@Mixin
	PlanYearOptions planYear;

	@Option(names = "--format", defaultValue = "json", description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of standard output")
	Path output;

	@Override
	public Integer call() {
		Catalogue catalogue = SpringContext.bean(Catalogue.class);
		PlanYear planYear = catalogue.findPlanYear(this.planYear.region, this.planYear.year)
			.orElseThrow(() -> new UserInputException(
					"no plan year " + this.planYear.year + " of region " + this.planYear.region));
		ExportFormat exportFormat = ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
		byte[] content;
		try (Progress progress = Progress.start("exporting " + TableExporter.fileName(planYear, exportFormat),
				spec.commandLine().getErr())) {
			progress.step("writing " + exportFormat.extension());
			content = SpringContext.bean(TableExporter.class).export(planYear, exportFormat);
		}
		if (output != null) {
			try {
				Files.write(output, content);
			}
			catch (IOException ex) {
				throw new UserInputException("cannot write " + output + ": " + ex.getMessage(), ex);
			}
			spec.commandLine().getErr().printf("wrote %s (%d bytes)%n", output, content.length);
			return 0;
		}
		if (exportFormat == ExportFormat.JSON || exportFormat == ExportFormat.CSV) {
			spec.commandLine().getOut().println(new String(content, StandardCharsets.UTF_8));
			return 0;
		}
		try {
			OutputStream out = System.out;
			out.write(content);
			out.flush();
		}
		catch (IOException ex) {
			throw new UserInputException("cannot write to standard output: " + ex.getMessage(), ex);
		}
		return 0;
	}

}
