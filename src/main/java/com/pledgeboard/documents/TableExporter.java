package com.pledgeboard.documents;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.pledgeboard.Json;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.extraction.TargetDescriptions;
import com.pledgeboard.documents.csv.CsvTableWriter;
import com.pledgeboard.documents.pdf.PdfReportWriter;
import com.pledgeboard.documents.xlsx.XlsxTableWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a plan year's table: the JSON of the import contract ({@link TableDocument}), CSV, XLSX in the
 * published layout, and the PDF annual report. Extra columns come from every {@link ExportColumns} bean.
 */
@Service
public class TableExporter {

	private final Catalogue catalogue;

	private final List<ExportColumns> extraColumns;

	private final Path pdfFont;

	private final Clock clock;

	TableExporter(Catalogue catalogue, List<ExportColumns> extraColumns,
			@Value("${pledgeboard.export.pdf-font}") Path pdfFont, ObjectProvider<Clock> clock) {
		this.catalogue = catalogue;
		this.extraColumns = List.copyOf(extraColumns);
		this.pdfFont = pdfFont;
		this.clock = clock.getIfUnique(Clock::systemDefaultZone);
	}

	@Transactional(readOnly = true)
	public byte[] export(PlanYear planYear, ExportFormat format) {
		List<DepartmentEntry> entries = catalogue.entries(planYear.id());
		return switch (format) {
			case JSON -> Json.forCommandLine().writeValueAsBytes(TableDocument.of(entries));
			case CSV -> new CsvTableWriter().write(table(planYear, entries));
			case XLSX -> new XlsxTableWriter().write(table(planYear, entries));
			case PDF -> {
				if (!Files.isReadable(pdfFont)) {
					throw new IllegalStateException("the PDF report needs a CJK TrueType font at " + pdfFont
							+ " (pledgeboard.export.pdf-font; on Debian: apt-get install fonts-wqy-microhei)");
				}
				yield new PdfReportWriter(pdfFont).write(table(planYear, entries));
			}
		};
	}

	/** The file name a download or the command line suggests: 330500-2022.xlsx. */
	public static String fileName(PlanYear planYear, ExportFormat format) {
		return planYear.regionCode() + "-" + planYear.year() + "." + format.extension();
	}

	private ExportTable table(PlanYear planYear, List<DepartmentEntry> entries) {
		Extra perCommitment = new Extra();
		Extra perDepartment = new Extra();
		String tallyHeading = "";
		List<String> tallyClasses = List.of();
		Map<Long, String> tally = Map.of();
		Map<Long, Integer> places = Map.of();
		for (ExportColumns columns : extraColumns) {
			(columns.scope() == ExportColumns.Scope.DEPARTMENT ? perDepartment : perCommitment).add(columns, planYear.id());
			if (tallyClasses.isEmpty() && !columns.tallyClasses().isEmpty()) {
				tallyHeading = columns.headings(planYear.id()).get(0);
				tallyClasses = columns.tallyClasses();
				tally = columns.tally(planYear.id());
			}
			if (places.isEmpty()) {
				places = columns.places(planYear.id());
			}
		}
		Map<Long, String> tallied = tally;
		Map<Long, Integer> placed = places;
		List<ExportTable.Department> departments = entries.stream()
			.map(e -> new ExportTable.Department(e.nameInText(), e.category(), e.selfCoefficient(), e.assessedCoefficient(),
					e.commitments().stream()
						.map(c -> new ExportTable.Item(c.no(), c.title(), c.description(),
								c.targets().stream().map(t -> TargetDescriptions.describe(t.definition())).toList(),
								perCommitment.cells(c.id()), tallied.getOrDefault(c.id(), "")))
						.toList(),
					perDepartment.cells(e.id()), placed.getOrDefault(e.id(), 0)))
			.toList();
		return new ExportTable(planYear.regionName() + planYear.year() + "年度部门承诺事项", perCommitment.headings,
				perDepartment.headings, departments, new ExportTable.Report(planYear.regionName(), planYear.year(),
						LocalDate.now(clock), tallyHeading, tallyClasses));
	}

	/** The extra columns of one scope: their headings, and each bean's values with its number of columns. */
	private static final class Extra {

		final List<String> headings = new ArrayList<>();

		final List<Integer> sizes = new ArrayList<>();

		final List<Map<Long, List<String>>> values = new ArrayList<>();

		void add(ExportColumns columns, long planYearId) {
			List<String> own = columns.headings(planYearId);
			headings.addAll(own);
			sizes.add(own.size());
			values.add(columns.values(planYearId));
		}

		/** One cell per heading for a key, {@code ""} where a bean has no value. */
		List<String> cells(long key) {
			List<String> cells = new ArrayList<>(headings.size());
			for (int i = 0; i < sizes.size(); i++) {
				List<String> own = values.get(i).get(key);
				for (int v = 0; v < sizes.get(i); v++) {
					String value = own != null && v < own.size() ? own.get(v) : null;
					cells.add(value == null ? "" : value);
				}
			}
			return cells;
		}

	}

}
