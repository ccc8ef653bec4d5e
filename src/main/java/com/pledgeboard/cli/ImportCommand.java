package com.pledgeboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.pledgeboard.Json;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.ImportPreview;
import com.pledgeboard.ingest.ImportResult;
import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.TableImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a commitment table (XLSX, CSV, PDF, or text taken from the published PDF; told apart by"
				+ " content, not by the file name) as a new plan year, in one transaction.")
class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "the table: .xlsx, .csv (UTF-8 or GB18030), .pdf, or seed-format text")
	Path file;

	@Option(names = "--year", description = "plan year (default: the current year)")
	Integer year;

	@Option(names = "--region", defaultValue = PlanYearOptions.DEFAULT_REGION, description = PlanYearOptions.REGION_HELP)
	String region;

	@Option(names = "--dry-run", description = "print the parsed table as JSON with its warnings and write nothing")
	boolean dryRun;

	@Option(names = "--state", defaultValue = "DRAFT",
			description = "state of the new plan year: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	PlanYearState state;

	@Option(names = "--create-departments",
			description = "add printed names that match no department to the directory (ambiguous names stay unresolved)")
	boolean createDepartments;

	@Override
	public Integer call() {
		byte[] content = read(file);
		int planYear = year != null ? year : Year.now().getValue();
		String source = file.getFileName().toString();
		TableImporter importer = SpringContext.bean(TableImporter.class);
		var out = spec.commandLine().getOut();
		if (dryRun) {
			ImportPreview preview;
			try (Progress progress = Progress.start("reading " + source, spec.commandLine().getErr())) {
				preview = importer.preview(content, source, region, planYear, progress);
			}
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("source", source);
			document.put("format", preview.format().name());
			document.put("departments", preview.table().departments());
			document.put("warnings", preview.warnings());
			out.println(Json.forCommandLine().writeValueAsString(document));
			return 0;
		}
		ImportResult result;
		try (Progress progress = Progress.start("importing " + source, spec.commandLine().getErr())) {
			result = importer.importTable(content, source, region, planYear, state, createDepartments, progress);
		}
		ImportPreview preview = result.preview();
		out.printf("Imported %s (%s) as plan year %d of region %s (%s): %d departments, %d commitments%n", source,
				preview.format().label(), planYear, region, state, preview.table().departments().size(),
				preview.commitmentCount());
		printWarnings(preview.warnings());
		return 0;
	}

	private void printWarnings(List<ImportWarning> warnings) {
		var err = spec.commandLine().getErr();
		warnings.forEach(w -> err.println("warning: " + w.location() + ": " + w.message()));
	}

	static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new UserInputException("cannot read " + file + ": no such file");
		}
		catch (IOException ex) {
			throw new UserInputException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
