package com.pledgeboard.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a commitment table from an XLSX workbook, streaming: each sheet's XML is parsed with SAX
 * ({@link SheetHandler}) and handed row by row to the {@link GridTableBuilder}, so memory grows
 * with the table, not with POI's object model of the workbook.
 *
 * <p>Decisions, so that the same file always reads the same way:
 * <ul>
 * <li>Every visible sheet with a header row is read, in workbook order; a visible sheet without one
 * (such as the template's instructions) is skipped with a warning. <b>Hidden sheets are ignored</b>
 * with a warning: a person reviewing the upload cannot see them in the spreadsheet either.</li>
 * <li><b>Formula cells give their cached value</b> (what the spreadsheet shows), with one warning per
 * sheet; a formula without a cached value is refused, since nothing shows what it means.</li>
 * <li><b>Error cells</b> ({@code #DIV/0!}, {@code #REF!} …) are refused, naming the cell.</li>
 * <li>Numbers read as the spreadsheet formats them (a coefficient formatted {@code 0.00} reads 1.40).</li>
 * <li>Merged cells need nothing special: only their first cell has a value, and an empty department,
 * coefficient or category cell continues the row above.</li>
 * </ul>
 * Zip bombs and truncated files are refused by {@link OoxmlArchive}. Password-protected workbooks are
 * OLE2 files, not ZIP, and are told apart before this reader runs.
 */
public final class XlsxTableReader {

	private final ReadLimits limits;

	public XlsxTableReader(ReadLimits limits) {
		this.limits = limits;
	}

	public ParsedTable read(byte[] content, String sourceName, ReadProgress progress) {
		OoxmlArchive.requireComplete(content, sourceName, "XLSX");
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			List<CTSheet> sheets = sheets(reader);
			if (sheets.isEmpty()) {
				throw new TableFormatException(sourceName, 0, "the workbook has no sheets");
			}
			for (CTSheet sheet : sheets) {
				String name = sheet.getName();
				if (sheet.getState() == STSheetState.HIDDEN || sheet.getState() == STSheetState.VERY_HIDDEN) {
					builder.warn("sheet " + name, "hidden sheet “" + name + "” ignored (隐藏的工作表不导入)");
					continue;
				}
				builder.startSheet("sheet " + name);
				SheetHandler handler = new SheetHandler(sourceName, name, strings, styles, builder);
				try (InputStream xml = reader.getSheet(sheet.getId())) {
					parse(xml, handler);
				}
				catch (SAXException ex) {
					if (ex.getCause() instanceof TableFormatException refusal) {
						throw refusal;
					}
					throw TableFormatException.unreadableSheet(sourceName, name, OoxmlArchive.reason(ex));
				}
				handler.warnAboutFormulas();
				if (!builder.hasHeader()) {
					builder.warn("sheet " + name, "sheet “" + name + "” has no header row naming 部门, 承诺事项 and 具体描述; skipped");
				}
			}
			return builder.finish();
		}
		catch (TableFormatException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | XmlException | ParserConfigurationException
				| RuntimeException ex) {
			throw TableFormatException.unreadable(sourceName, "XLSX", OoxmlArchive.reason(ex));
		}
	}

	private static List<CTSheet> sheets(XSSFReader reader) throws IOException, InvalidFormatException, XmlException {
		try (InputStream workbook = reader.getWorkbookData()) {
			WorkbookDocument document = WorkbookDocument.Factory.parse(workbook);
			if (document.getWorkbook() == null || document.getWorkbook().getSheets() == null) {
				return List.of();
			}
			return new ArrayList<>(List.of(document.getWorkbook().getSheets().getSheetArray()));
		}
	}

	private static void parse(InputStream xml, SheetHandler handler) throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(handler);
		parser.parse(new InputSource(xml));
	}


}
