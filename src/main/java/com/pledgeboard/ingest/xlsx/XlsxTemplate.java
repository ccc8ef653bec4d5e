package com.pledgeboard.ingest.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.pledgeboard.ingest.grid.Column;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable import template: a sheet of instructions (which the reader skips, having no header
 * row) and an empty sheet with the header row the reader looks for.
 */
public final class XlsxTemplate {

	private static final List<String> INSTRUCTIONS = List.of(
			"部门承诺事项导入模板 · 填写说明",
			"1. 在“承诺事项”工作表中，每行填写一项承诺；表头行请勿修改（列的顺序可以调整）。",
			"2. 类别：可在“类别”列填写（如 社会发展类），也可在部门之前插入一行，只在第一个单元格填写类别名称。",
			"3. 部门：填写部门名称；同一部门的多行可以合并单元格，或只在第一行填写，下面的行留空。",
			"4. 序号：每个部门从 1 开始连续编号；也可以不填序号，在承诺事项前写“1.”“2.”。",
			"5. 自评难度系数、评定难度系数：填写数字（如 1.2），每个部门填一次即可。",
			"6. 请不要使用公式和隐藏工作表；隐藏的工作表不会导入，公式按保存时的计算结果导入。",
			"7. 上传后系统会先显示解析结果，确认无误后再提交保存。");

	public byte[] write() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Font bold = workbook.createFont();
			bold.setFontName("黑体");
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			heading.setWrapText(true);
			Sheet help = workbook.createSheet("填写说明");
			help.setColumnWidth(0, 256 * 100);
			for (int i = 0; i < INSTRUCTIONS.size(); i++) {
				help.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
			}
			help.getRow(0).getCell(0).setCellStyle(heading);
			Sheet sheet = workbook.createSheet("承诺事项");
			Row header = sheet.createRow(0);
			List<Column> columns = List.of(Column.CATEGORY, Column.DEPARTMENT, Column.NO, Column.TITLE, Column.DESCRIPTION,
					Column.SELF_COEFFICIENT, Column.ASSESSED_COEFFICIENT);
			int[] widths = { 14, 18, 6, 30, 70, 10, 10 };
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c).heading());
				header.getCell(c).setCellStyle(heading);
				sheet.setColumnWidth(c, 256 * widths[c]);
			}
			sheet.createFreezePane(0, 1);
			workbook.setActiveSheet(1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the template", ex);
		}
	}

}
