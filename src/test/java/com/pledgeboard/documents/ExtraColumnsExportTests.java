package com.pledgeboard.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.ingest.ImportPreview;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.scoring.ScoreBoard;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exports with the columns the progress and scoring modules contribute through {@link ExportColumns}:
 * a commitment's light (进展灯) from an approved report, in the XLSX cell and the PDF report's text;
 * the departments' scores, ranks and grades, headed 当前得分 while the year is open and 得分 once it is
 * closed and frozen; and an export with all of them still reading back to the same table. Its own
 * context, since it closes the seed year.
 */
@SpringBootTest(properties = "pledgeboard.test.context=extra-columns-export")
class ExtraColumnsExportTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueEditing editing;

	@Autowired
	TableExporter exporter;

	@Autowired
	TableImporter importer;

	@Autowired
	Scoring scoring;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldExportLightsScoresAndRanksAndStillReadBack() throws Exception {
		assumeTrue(Tables.fontInstalled(), "needs " + Tables.FONT);
		TestUsers users = new TestUsers(accounts, userDetails, catalogue);
		UserDetails office = users.user("export-office", Role.ADMIN, null);
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		List<DepartmentEntry> entries = catalogue.entries(year.id());

		// A commitment with one promise, a quantity or share, reached in full by the report of the last period.
		Commitment done = entries.stream().flatMap(e -> e.commitments().stream())
			.filter(c -> promises(c).size() == 1 && promises(c).get(0).definition().value() != null
					&& List.of(TargetKind.QUANTITY, TargetKind.PERCENT).contains(promises(c).get(0).definition().kind()))
			.findFirst().orElseThrow();
		BigDecimal value = promises(done).get(0).definition().value();
		approvedReport(done, 12, ((SignedInUser) office).id(), value);
		String light = "绿灯：第12期";
		satisfied(year, entries.get(0), 3);
		satisfied(year, entries.get(1), 2);

		// Open year: the light, and the scores as they stand, headed as such.
		Sheet open = sheet(exporter.export(year, ExportFormat.XLSX));
		List<String> headings = row(open, 1);
		assertThat(headings).endsWith("进展灯", "当前得分", "当前排名", "当前等次");
		int lightColumn = headings.indexOf("进展灯");
		Row doneRow = rowOf(open, done);
		assertThat(doneRow.getCell(lightColumn).getStringCellValue()).startsWith(light)
			.contains(value.stripTrailingZeros().toPlainString());
		assertThat(column(open, lightColumn)).contains("未报送：已有12期到期未报送审核通过的进展报告，无法判断是否达标。")
			.noneMatch(cell -> cell.startsWith("红灯"));

		signIn(office);
		editing.transition(year.id(), PlanYearState.ASSESSING, "年终考评开始", true, "测试年度：越过未补齐的事项");
		editing.transition(year.id(), PlanYearState.CLOSED, "考评结束", true, "测试年度：越过未补齐的事项");
		ScoreBoard frozen = scoring.published(year.id()).orElseThrow();
		SecurityContextHolder.clearContext();

		// Closed year: the frozen scores, ranks within the category and grades, merged over each department.
		byte[] xlsx = exporter.export(year, ExportFormat.XLSX);
		Sheet closed = sheet(xlsx);
		headings = row(closed, 1);
		assertThat(headings).endsWith("进展灯", "得分", "排名", "等次");
		assertThat(frozen.result().departments().stream().map(DepartmentResult::rank).distinct()).hasSizeGreaterThan(1);
		int score = headings.indexOf("得分");
		for (DepartmentEntry e : entries) {
			DepartmentResult d = frozen.result().department(e.id()).orElseThrow();
			Row first = rowOf(closed, e.commitments().get(0));
			assertThat(first.getCell(score).getStringCellValue()).as(e.displayName()).isEqualTo(d.total().toPlainString());
			assertThat(first.getCell(score + 1).getStringCellValue()).as(e.displayName())
				.isEqualTo(rank(d));
			assertThat(first.getCell(score + 2).getStringCellValue()).as(e.displayName()).isEqualTo(d.grade().label());
		}
		assertThat(rowOf(closed, done).getCell(lightColumn).getStringCellValue()).startsWith(light);

		// CSV: the department's values on each of its rows.
		String csv = new String(exporter.export(year, ExportFormat.CSV), java.nio.charset.StandardCharsets.UTF_8);
		DepartmentResult top = frozen.result().departments().get(0);
		assertThat(csv).contains(",进展灯,得分,排名,等次\r\n").contains(light)
			.contains("," + top.total().toPlainString() + "," + rank(top) + "," + top.grade().label());

		// The PDF report: the cover's region, year and date; the light per commitment; in the summary, the
		// lights counted per category and each category's departments in rank order with score, rank and grade.
		String pdf = squeezed(text(exporter.export(year, ExportFormat.PDF)));
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(pdf).contains("地区：湖州市", "考评年度：2022年",
				"编制日期：" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
		assertThat(pdf).contains("进展灯").contains(light).contains("进展灯（按类别，承诺事项数）类别绿灯黄灯红灯未报送暂无合计");
		int previous = -1;
		String previousCategory = null;
		for (DepartmentResult d : frozen.result().departments()) {
			DepartmentEntry e = entries.stream().filter(x -> x.id() == d.entryId()).findFirst().orElseThrow();
			int at = pdf.indexOf(squeezed(e.category() + e.nameInText() + d.total().toPlainString() + rank(d)
					+ d.grade().label()));
			assertThat(at).as(e.nameInText()).isNotNegative();
			if (e.category().equals(previousCategory)) {
				assertThat(at).as("%s after the department ranked above it", e.nameInText()).isGreaterThan(previous);
			}
			previous = at;
			previousCategory = e.category();
		}

		// The extra columns are not part of the table: a re-import gives the table as stored.
		TableDocument stored = TableDocument.of(entries);
		for (ExportFormat format : List.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.PDF)) {
			ImportPreview again = importer.preview(exporter.export(year, format), "2022." + format.extension(), "330500", 2046);
			assertThat(again.table()).as(format.name()).usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(stored);
		}
	}

	private static String rank(DepartmentResult d) {
		return (d.tied() > 1 ? "并列" : "") + d.rank() + "/" + d.categorySize();
	}

	/** Public ratings, all satisfied, so that the departments rated score apart from the rest. */
	private void satisfied(PlanYear year, DepartmentEntry e, int count) {
		for (int n = 0; n < count; n++) {
			jdbc.sql("""
					insert into public_rating (plan_year_id, entry_id, phone_hash, choice, moderation, created_at)
					values (?, ?, ?, 'SATISFIED', 'NONE', ?)""")
				.params(year.id(), e.id(), String.format("%064x", e.id() * 1000 + n), Timestamp.from(Instant.now()))
				.update();
		}
	}

	private static List<Target> promises(Commitment c) {
		return c.targets().stream().filter(t -> !t.definition().isBaseline()).toList();
	}

	/** An approved report with a reading for every promise, as the approval workflow leaves it. */
	private void approvedReport(Commitment c, int period, long user, BigDecimal actual) {
		Timestamp now = Timestamp.from(Instant.now());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at,
				  submitted_at, decided_by, decided_at) values (?, ?, 1, 'APPROVED', '已按期完成。', ?, ?, ?, ?, ?)""")
			.params(c.id(), period, user, now, now, user, now)
			.update(key, "id");
		long report = key.getKey().longValue();
		for (Target t : promises(c)) {
			jdbc.sql("insert into progress_reading (report_id, target_id, actual_value) values (?, ?, ?)")
				.params(report, t.id(), actual)
				.update();
		}
	}

	private void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static Sheet sheet(byte[] xlsx) throws IOException {
		Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
		return workbook.getSheetAt(0);
	}

	private static List<String> row(Sheet sheet, int r) {
		List<String> cells = new ArrayList<>();
		sheet.getRow(r).forEach(cell -> cells.add(cell.getStringCellValue().replace("\n", "")));
		return cells;
	}

	private static List<String> column(Sheet sheet, int c) {
		List<String> cells = new ArrayList<>();
		sheet.forEach(row -> {
			if (row.getCell(c) != null) {
				cells.add(row.getCell(c).getStringCellValue());
			}
		});
		return cells;
	}

	/** The row of a commitment: its title with its number, as the writer prints it. */
	private static Row rowOf(Sheet sheet, Commitment c) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals(c.no() + "." + c.title())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + c.no() + "." + c.title());
	}

	/** Without the spaces and line breaks that wrapping and text extraction put anywhere. */
	private static String squeezed(String text) {
		return text.replaceAll("[\\s\\u3000\\u00A0]+", "");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
