package com.pledgeboard.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of one worksheet's XML ({@code <row><c r="C5" t="s" s="3"><f/><v>…</v></c></row>}):
 * turns each row into a {@link GridRow} of the cells' text as the spreadsheet shows it.
 */
final class SheetHandler extends DefaultHandler {

	/** Wider rows are not a commitment table; the limit keeps a hostile sheet from allocating columns. */
	private static final int MAX_COLUMNS = 256;

	private final String sourceName;

	private final String sheetName;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final GridTableBuilder builder;

	private final DataFormatter formatter = new DataFormatter();

	private final StringBuilder value = new StringBuilder();

	private List<String> cells;

	private int rowNumber;

	private int nextRow = 1;

	private String reference;

	private String type;

	private String style;

	private boolean formula;

	private boolean inValue;

	private int formulaCells;

	private String firstFormula;

	SheetHandler(String sourceName, String sheetName, ReadOnlySharedStringsTable strings, StylesTable styles,
			GridTableBuilder builder) {
		this.sourceName = sourceName;
		this.sheetName = sheetName;
		this.strings = strings;
		this.styles = styles;
		this.builder = builder;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				rowNumber = r != null ? parseRow(r) : nextRow;
				nextRow = rowNumber + 1;
				cells = new ArrayList<>();
			}
			case "c" -> {
				reference = attributes.getValue("r");
				type = attributes.getValue("t");
				style = attributes.getValue("s");
				formula = false;
				value.setLength(0);
			}
			case "f" -> formula = true;
			case "v", "t" -> inValue = true;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inValue) {
			value.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "v", "t" -> inValue = false;
			case "c" -> cell();
			case "row" -> {
				builder.row(new GridRow(rowNumber, "sheet " + sheetName + ", row " + rowNumber, cells, true));
				cells = null;
			}
			default -> {
			}
		}
	}

	private void cell() {
		if (cells == null) {
			return;
		}
		int column = reference != null ? GridRow.columnOf(reference) : cells.size();
		if (column < 0 || column >= MAX_COLUMNS) {
			if (value.isEmpty()) {
				return;
			}
			throw refuse(column < 0 ? "the cell reference “" + reference + "” is malformed"
					: "a value beyond column " + GridRow.columnLetters(MAX_COLUMNS - 1) + " (表格列数过多)");
		}
		String text = text();
		if (formula) {
			if (text.isEmpty()) {
				throw refuse("a formula without a saved result; open the file in a spreadsheet program and save it again (公式没有计算结果)");
			}
			if (formulaCells++ == 0) {
				firstFormula = reference;
			}
		}
		while (cells.size() <= column) {
			cells.add("");
		}
		cells.set(column, text);
	}

	private String text() {
		String raw = value.toString();
		if (type == null || type.equals("n")) {
			return raw.isEmpty() ? "" : number(raw);
		}
		return switch (type) {
			case "s" -> sharedString(raw);
			case "inlineStr", "str" -> raw;
			case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
			case "e" -> throw refuse("an error value " + raw + " (单元格有错误值)");
			default -> raw;
		};
	}

	private String sharedString(String raw) {
		try {
			int index = Integer.parseInt(raw.strip());
			if (index < 0 || index >= strings.getCount()) {
				throw refuse("a reference to shared string " + index + ", which the workbook does not have");
			}
			return strings.getItemAt(index).getString();
		}
		catch (NumberFormatException ex) {
			throw refuse("a malformed shared string reference “" + raw + "”");
		}
	}

	private String number(String raw) {
		double number;
		try {
			number = Double.parseDouble(raw);
		}
		catch (NumberFormatException ex) {
			throw refuse("“" + raw + "” where a number should be");
		}
		XSSFCellStyle cellStyle = null;
		if (style != null && styles != null) {
			try {
				int index = Integer.parseInt(style);
				if (index >= 0 && index < styles.getNumCellStyles()) {
					cellStyle = styles.getStyleAt(index);
				}
			}
			catch (NumberFormatException ex) {
				cellStyle = null;
			}
		}
		if (cellStyle == null) {
			return formatter.formatRawCellContents(number, 0, "General");
		}
		String format = cellStyle.getDataFormatString();
		return formatter.formatRawCellContents(number, cellStyle.getDataFormat(), format != null ? format : "General");
	}

	void warnAboutFormulas() {
		if (formulaCells > 0) {
			builder.warn("sheet " + sheetName, "%d formula cell%s (first %s): the values saved with the file are used (公式单元格按保存的计算结果导入)"
				.formatted(formulaCells, formulaCells == 1 ? "" : "s", firstFormula));
		}
	}

	private TableFormatException refuse(String detail) {
		return new TableFormatException(sourceName, 0,
				"sheet %s, row %d, cell %s: %s".formatted(sheetName, rowNumber, reference, detail));
	}

	private static int parseRow(String r) {
		try {
			int row = Integer.parseInt(r);
			return row > 0 ? row : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
