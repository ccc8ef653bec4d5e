package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;

import java.io.IOException;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables of other shapes than the seed, written for these tests: see the comments at each fixture
 * for what it exercises.
 */
class SeedTextReaderFixtureTest {

	/*
	 * four-sections.txt: a label before the first section; three sections of 3, 2 and 3 departments
	 * then one of 2; numbering 1. / 1. with a space / full-width １． / 1、; stray spaces at line
	 * starts; names wrapped over up to three lines; a department with 8 commitments and one with
	 * 1; a header row wrapped inside a column name; coefficients for all of the first section and
	 * for the first two of three departments of the third, the latter right after a description
	 * with no blank line; a form feed; a label and a department name glued to the lines before
	 * them; a trailing header row without coefficient columns; a Latin word wrapped after a Latin
	 * word (5G / SA).
	 *
	 * one-section.txt: one section, CRLF line ends, no coefficients, a trailing header and a
	 * category label wrapped over two lines, printed after the only section.
	 *
	 * one-section.gb18030.txt: the same bytes in GB18030.
	 */
	@ParameterizedTest
	@CsvSource({ "four-sections.txt, four-sections.gold.json", "one-section.txt, one-section.gold.json",
			"one-section.gb18030.txt, one-section.gold.json" })
	void shouldReproduceTheGold(String fixture, String gold) throws IOException {
		GoldTable.assertMatches(GoldTable.read(fixture), GoldTable.load(gold), Function.identity());
	}

	@Test
	void shouldWarnThatOnlySomeDepartmentsHaveCoefficients() throws IOException {
		ParsedTable table = GoldTable.read("four-sections.txt");
		assertThat(table.warnings()).singleElement()
			.extracting(ImportWarning::message)
			.asString()
			.contains("coefficients for the first 2 of 3 departments");
	}

	@Test
	void shouldGiveLinesOfNamesAndTitles() throws IOException {
		ParsedTable table = GoldTable.read("four-sections.txt");
		ParsedDepartment wrapped = table.departments().get(6);
		assertThat(wrapped.nameInText()).isEqualTo("市人力资源和社会保障局");
		assertThat(wrapped.line()).isEqualTo(126);
		assertThat(table.departments().get(1).commitments().get(1).line()).isEqualTo(19);
		assertThat(table.departments().get(9).line()).isEqualTo(182);
	}

	@Test
	void shouldReadOneSectionWithoutWarnings() throws IOException {
		assertThat(GoldTable.read("one-section.txt").warnings()).isEmpty();
	}

}
