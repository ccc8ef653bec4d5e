package com.pledgeboard.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a commitment table from an Excel 97–2003 workbook ({@code .xls}, POI HSSF), and so from a WPS
 * {@code .et} saved in that format, with the same decisions as {@link XlsxTableReader}: visible sheets
 * with a header row, hidden ones ignored with a warning, formula cells giving their saved value, error
 * cells refused, numbers as the sheet formats them, merged ranges read through their first cell.
 * The binary format is at most 65,536 rows by 256 columns a sheet and is read whole; the byte limit
 * checked before bounds it.
 */
public final class XlsTableReader {

	private final ReadLimits limits;

	public XlsTableReader(ReadLimits limits) {
		this.limits = limits;
	}

	public ParsedTable read(byte[] content, String sourceName, ReadProgress progress) {
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		DataFormatter formatter = new DataFormatter();
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content)); HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				Sheet sheet = workbook.getSheetAt(s);
				String name = sheet.getSheetName();
				if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
					builder.warn("sheet " + name, "hidden sheet “" + name + "” ignored (隐藏的工作表不导入)");
					continue;
				}
				builder.startSheet("sheet " + name);
				int formulas = 0;
				String firstFormula = null;
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (Cell cell : row) {
						while (cells.size() < cell.getColumnIndex()) {
							cells.add("");
						}
						if (cell.getCellType() == CellType.FORMULA && formulas++ == 0) {
							firstFormula = cell.getAddress().formatAsString();
						}
						cells.add(text(cell, formatter, sourceName, name));
					}
					int number = row.getRowNum() + 1;
					builder.row(new GridRow(number, "sheet " + name + ", row " + number, cells, true));
				}
				if (formulas > 0) {
					builder.warn("sheet " + name, "%d formula cell%s (first %s): the values saved with the file are used (公式单元格按保存的计算结果导入)"
						.formatted(formulas, formulas == 1 ? "" : "s", firstFormula));
				}
				if (!builder.hasHeader()) {
					builder.warn("sheet " + name, "sheet “" + name + "” has no header row naming 部门, 承诺事项 and 具体描述; skipped");
				}
			}
			return builder.finish();
		}
		catch (TableFormatException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw new TableFormatException(sourceName, 0,
					"the workbook is password-protected; remove the password (save it without one) and upload it again (文件有密码保护，请取消密码后重新上传)");
		}
		catch (IOException | RuntimeException ex) {
			throw TableFormatException.unreadable(sourceName, "XLS", OoxmlArchive.reason(ex));
		}
	}

	private static String text(Cell cell, DataFormatter formatter, String sourceName, String sheet) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString());
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> throw new TableFormatException(sourceName, 0, "sheet %s, row %d, cell %s: an error value %s (单元格有错误值)"
				.formatted(sheet, cell.getRowIndex() + 1, cell.getAddress().formatAsString(), FormulaError.forInt(cell.getErrorCellValue()).getString()));
			default -> "";
		};
	}

}
