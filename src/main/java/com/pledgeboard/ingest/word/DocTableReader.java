package com.pledgeboard.ingest.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads a commitment table from the tables of a Word 97–2003 document ({@code .doc}, POI HWPF), as
 * {@link DocxTableReader} does a {@code .docx}: rows of all tables in document order through the
 * {@link GridTableBuilder}, a category label in a paragraph of its own naming the departments after it.
 * The binary format has no grid, so a table's columns are the distinct left edges of its cells: a cell
 * merged across columns fills the column its left edge starts, and a cell merged down from the one
 * above (or across, in the old way) reads empty.
 */
public final class DocTableReader {

	private final ReadLimits limits;

	public DocTableReader(ReadLimits limits) {
		this.limits = limits;
	}

	public ParsedTable read(byte[] content, String sourceName, ReadProgress progress) {
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		builder.startSheet("document");
		try {
			HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content));
			Range range = document.getRange();
			int tables = 0;
			for (int p = 0; p < range.numParagraphs(); p++) {
				Paragraph paragraph = range.getParagraph(p);
				if (!paragraph.isInTable()) {
					DocxTableReader.label(builder, clean(paragraph.text()));
					continue;
				}
				Table table = range.getTable(paragraph);
				table(builder, table, ++tables, sourceName);
				p += Math.max(table.numParagraphs(), 1) - 1;
			}
			if (tables == 0) {
				throw new TableFormatException(sourceName, 0, "the Word document has no table (文档中没有表格)");
			}
			return builder.finish();
		}
		catch (TableFormatException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw new TableFormatException(sourceName, 0,
					"the document is password-protected; remove the password (save it without one) and upload it again (文件有密码保护，请取消密码后重新上传)");
		}
		catch (IOException | RuntimeException ex) {
			throw TableFormatException.unreadable(sourceName, "DOC", TableFormatException.why("damagedDoc"));
		}
	}

	private static void table(GridTableBuilder builder, Table table, int number, String sourceName) {
		TreeSet<Integer> edges = new TreeSet<>();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			for (int c = 0; c < row.numCells(); c++) {
				edges.add(row.getCell(c).getLeftEdge());
				if (edges.size() > DocxTableReader.MAX_COLUMNS) {
					throw new TableFormatException(sourceName, 0,
							"table %d, row %d: more than %d columns (表格列数过多)".formatted(number, r + 1, DocxTableReader.MAX_COLUMNS));
				}
			}
		}
		List<Integer> columns = new ArrayList<>(edges);
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < columns.size(); c++) {
				cells.add("");
			}
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				boolean continued = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) || (cell.isMerged() && !cell.isFirstMerged());
				if (!continued) {
					cells.set(columns.indexOf(cell.getLeftEdge()), text(cell));
				}
			}
			builder.row(new GridRow(r + 1, "table %d, row %d".formatted(number, r + 1), cells, false));
		}
	}

	private static String text(TableCell cell) {
		StringBuilder text = new StringBuilder();
		for (int p = 0; p < cell.numParagraphs(); p++) {
			String line = clean(cell.getParagraph(p).text());
			if (!line.isBlank()) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(line.strip());
			}
		}
		return text.toString();
	}

	/** A paragraph's text without Word's marks: paragraph and cell ends, field codes' delimiters. */
	private static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= ' ' || c == '\t') {
				clean.append(c);
			}
			else if (c == '\u000b') {
				clean.append('\n');
			}
		}
		return clean.toString();
	}

}
