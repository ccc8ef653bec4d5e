package com.pledgeboard.ingest.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.xlsx.OoxmlArchive;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a commitment table from the tables of a Word document ({@code .docx}, POI XWPF). Each table
 * row becomes a {@link GridRow} laid on the table's grid, and the rows of all tables, in document
 * order, go through the same {@link GridTableBuilder} as a spreadsheet's:
 * <ul>
 * <li>a cell spanning several grid columns ({@code gridSpan}) fills the first of them, and a row
 * that starts further right ({@code gridBefore}) starts there;</li>
 * <li>a cell merged down from the one above ({@code vMerge} without {@code restart}) reads empty, as
 * the lower cells of a merged spreadsheet range do, so a department name merged over its
 * commitments' rows names them all;</li>
 * <li>the header row may repeat at the top of every table or page; a category label standing alone in
 * a paragraph between tables (社会发展类) names the departments after it;</li>
 * <li>the paragraphs of a cell are its lines; other paragraphs (a title, notes) are not the table.</li>
 * </ul>
 * Locations in messages are {@code table 2, row 5}.
 */
public final class DocxTableReader {

	/** Wider rows are not a commitment table; the limit keeps a hostile table from allocating columns. */
	static final int MAX_COLUMNS = 64;

	private final ReadLimits limits;

	public DocxTableReader(ReadLimits limits) {
		this.limits = limits;
	}

	public ParsedTable read(byte[] content, String sourceName, ReadProgress progress) {
		OoxmlArchive.requireComplete(content, sourceName, "DOCX");
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		builder.startSheet("document");
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content)); XWPFDocument document = new XWPFDocument(pkg)) {
			int tables = 0;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					label(builder, paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					table(builder, table, ++tables, sourceName);
				}
			}
			if (tables == 0) {
				throw new TableFormatException(sourceName, 0, "the Word document has no table (文档中没有表格)");
			}
			return builder.finish();
		}
		catch (TableFormatException ex) {
			throw ex;
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | RuntimeException ex) {
			throw TableFormatException.unreadable(sourceName, "DOCX", OoxmlArchive.reason(ex));
		}
	}

	static void label(GridTableBuilder builder, String paragraph) {
		if (GridTableBuilder.isSectionLabel(paragraph)) {
			builder.row(new GridRow(0, "paragraph " + paragraph.strip(), List.of(paragraph.strip()), false));
		}
	}

	private static void table(GridTableBuilder builder, XWPFTable table, int number, String sourceName) {
		int r = 0;
		for (XWPFTableRow row : table.getRows()) {
			r++;
			List<String> cells = new ArrayList<>();
			for (int i = gridBefore(row); i > 0; i--) {
				cells.add("");
			}
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				boolean continued = properties != null && properties.isSetVMerge()
						&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
				cells.add(continued ? "" : text(cell));
				int span = properties != null && properties.isSetGridSpan() ? bounded(properties.getGridSpan().getVal()) : 1;
				for (int i = 1; i < span; i++) {
					cells.add("");
				}
				if (cells.size() > MAX_COLUMNS) {
					throw new TableFormatException(sourceName, 0,
							"table %d, row %d: more than %d columns (表格列数过多)".formatted(number, r, MAX_COLUMNS));
				}
			}
			builder.row(new GridRow(r, "table %d, row %d".formatted(number, r), cells, false));
		}
	}

	private static String text(XWPFTableCell cell) {
		StringBuilder text = new StringBuilder();
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			String line = paragraph.getText();
			if (!line.isBlank()) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(line.strip());
			}
		}
		return text.toString();
	}

	private static int gridBefore(XWPFTableRow row) {
		CTTrPr properties = row.getCtRow().getTrPr();
		if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
			return 0;
		}
		BigInteger value = properties.getGridBeforeArray(0).getVal();
		return value == null || value.signum() <= 0 ? 0 : bounded(value);
	}

	private static int bounded(BigInteger value) {
		if (value == null || value.signum() <= 0) {
			return 1;
		}
		return value.min(BigInteger.valueOf(MAX_COLUMNS + 1L)).intValue();
	}

}
