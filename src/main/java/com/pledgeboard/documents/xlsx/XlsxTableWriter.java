package com.pledgeboard.documents.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.ingest.grid.Column;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table in the published layout: a title row, the header row (repeated on every printed
 * page), each category as a section row across the table, the department and its coefficients in
 * cells merged over its commitments' rows, the title with its number ({@code 1.}), the description,
 * the targets in plain Chinese and the extra columns: a commitment's (status light) on its row, a
 * department's (score, rank, grade) merged over its rows like the coefficients. Fonts are 宋体 for the body and 黑体 for
 * headings; pages print landscape on A4, fitted to the width. {@link XlsxTableReader} reads it back
 * to the same table. Streaming (SXSSF), so that a large year does not hold POI's whole model.
 */
public final class XlsxTableWriter {

	/** Rows kept in memory while writing; merged regions only need their first row written. */
	private static final int WINDOW = 200;

	static final String TARGETS_HEADING = "目标";

	public byte[] write(ExportTable table) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet("承诺事项");
			List<String> headings = new ArrayList<>(List.of(Column.DEPARTMENT.heading(), Column.TITLE.heading(),
					Column.DESCRIPTION.heading(), "自评难度\n系数", "评定难度\n系数", TARGETS_HEADING));
			headings.addAll(table.extraHeadings());
			headings.addAll(table.departmentHeadings());
			int departmentColumns = 6 + table.extraHeadings().size();
			int last = headings.size() - 1;
			int[] widths = { 14, 30, 70, 9, 9, 36 };
			for (int c = 0; c <= last; c++) {
				sheet.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : 12));
			}
			int r = 0;
			Row titleRow = sheet.createRow(r);
			text(titleRow, 0, table.title(), styles.title);
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
			r++;
			Row header = sheet.createRow(r);
			header.setHeightInPoints(32);
			for (int c = 0; c <= last; c++) {
				text(header, c, headings.get(c), styles.header);
			}
			sheet.setRepeatingRows(new CellRangeAddress(r, r, 0, last));
			sheet.createFreezePane(0, r + 1);
			r++;
			String category = null;
			for (ExportTable.Department department : table.departments()) {
				if (department.category() != null && !Objects.equals(department.category(), category)) {
					category = department.category();
					Row section = sheet.createRow(r);
					text(section, 0, category, styles.section);
					for (int c = 1; c <= last; c++) {
						text(section, c, "", styles.section);
					}
					sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
					r++;
				}
				int first = r;
				for (ExportTable.Item item : department.commitments()) {
					Row row = sheet.createRow(r);
					boolean top = r == first;
					text(row, 0, top ? department.nameInText() : "", styles.department);
					text(row, 1, item.no() + "." + item.title(), styles.body);
					text(row, 2, item.description(), styles.body);
					coefficient(row, 3, top ? department.selfCoefficient() : null, styles);
					coefficient(row, 4, top ? department.assessedCoefficient() : null, styles);
					text(row, 5, String.join("\n", item.targets()), styles.body);
					for (int e = 0; e < table.extraHeadings().size(); e++) {
						text(row, 6 + e, e < item.extra().size() ? item.extra().get(e) : "", styles.body);
					}
					for (int e = 0; e < table.departmentHeadings().size(); e++) {
						text(row, departmentColumns + e, top ? department.extra(e) : "", styles.department);
					}
					r++;
				}
				if (r - first > 1) {
					for (int c : new int[] { 0, 3, 4 }) {
						sheet.addMergedRegion(new CellRangeAddress(first, r - 1, c, c));
					}
					for (int c = departmentColumns; c <= last; c++) {
						sheet.addMergedRegion(new CellRangeAddress(first, r - 1, c, c));
					}
				}
			}
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setAutobreaks(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the workbook", ex);
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void coefficient(Row row, int column, BigDecimal value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.coefficient);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle section;

		final CellStyle department;

		final CellStyle body;

		final CellStyle coefficient;

		Styles(SXSSFWorkbook workbook) {
			Font song = font(workbook, "宋体", 11, false);
			Font hei = font(workbook, "黑体", 11, true);
			title = style(workbook, font(workbook, "黑体", 16, true), HorizontalAlignment.CENTER, VerticalAlignment.CENTER, false);
			header = style(workbook, hei, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, true);
			section = style(workbook, hei, HorizontalAlignment.LEFT, VerticalAlignment.CENTER, true);
			department = style(workbook, song, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, true);
			body = style(workbook, song, HorizontalAlignment.LEFT, VerticalAlignment.TOP, true);
			coefficient = style(workbook, song, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, true);
			coefficient.setDataFormat(workbook.createDataFormat().getFormat("0.0#"));
		}

		private static Font font(SXSSFWorkbook workbook, String name, int points, boolean bold) {
			Font font = workbook.createFont();
			font.setFontName(name);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

		private static CellStyle style(SXSSFWorkbook workbook, Font font, HorizontalAlignment horizontal,
				VerticalAlignment vertical, boolean border) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(horizontal);
			style.setVerticalAlignment(vertical);
			style.setWrapText(true);
			if (border) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

	}

}
