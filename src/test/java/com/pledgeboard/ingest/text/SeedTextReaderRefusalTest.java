package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables that do not add up are refused as a whole, with a message that names the source, the
 * section and the counts. Most cases are the seed with one thing taken away.
 */
class SeedTextReaderRefusalTest {

	private static final String SOURCE = "broken.txt";

	private static List<String> seed;

	@BeforeAll
	static void loadSeed() throws IOException {
		String text = new String(GoldTable.resource("000_d450a7bd56f78988.txt"), StandardCharsets.UTF_8);
		seed = List.of(text.split("\n", -1));
	}

	/** The seed without lines {@code from} to {@code to} (1-based, inclusive), checking what they say. */
	private static String seedWithout(int from, int to, String firstLineStartsWith) {
		assertThat(seed.get(from - 1)).startsWith(firstLineStartsWith);
		List<String> lines = new ArrayList<>(seed);
		lines.subList(from - 1, to).clear();
		return String.join("\n", lines);
	}

	private static TableFormatException refusal(String text) {
		try {
			new SeedTextReader().read(text, SOURCE);
		}
		catch (TableFormatException refused) {
			return refused;
		}
		throw new AssertionError("the table was read, but should have been refused");
	}

	@Test
	void shouldRefuseFewerDescriptionsThanTitlesNamingTheSection() {
		TableFormatException refused = refusal(seedWithout(443, 445, "深入推进重点行业领域整治"));
		assertThat(refused.getMessage()).startsWith(SOURCE)
			.contains("section starting at line 396")
			.contains("15 titles but 14 descriptions");
		assertThat(refused.getLine()).isEqualTo(396);
	}

	@Test
	void shouldRefuseMoreDescriptionsThanTitles() {
		TableFormatException refused = refusal(seedWithout(409, 410, "5.矛盾调处标准化运行"));
		assertThat(refused.getMessage()).contains("section starting at line 396").contains("14 titles but 15 descriptions");
	}

	@Test
	void shouldRefuseAMissingDescriptionInTheLastSection() {
		TableFormatException refused = refusal(seedWithout(540, 541, "扎实做好“美丽湖州”建设"));
		assertThat(refused.getMessage()).contains("section starting at line 495").contains("16 titles but 15 descriptions");
	}

	@Test
	void shouldRefuseAMissingDepartmentName() {
		TableFormatException refused = refusal(seedWithout(10, 11, "市外办"));
		assertThat(refused.getMessage()).contains("section starting at line 12")
			.contains("5 departments")
			.contains("but 4 department names");
	}

	@Test
	void shouldRefuseAnOddNumberOfCoefficients() {
		TableFormatException refused = refusal(seedWithout(204, 205, "1.3"));
		assertThat(refused.getMessage()).contains("section starting at line 14").contains("9 difficulty coefficients").contains("odd");
		assertThat(refused.getLine()).isEqualTo(186);
	}

	@Test
	void shouldRefuseMoreCoefficientsThanDepartments() {
		List<String> lines = new ArrayList<>(seed);
		lines.addAll(185, List.of("1.1", "", "1.1", ""));
		TableFormatException refused = refusal(String.join("\n", lines));
		assertThat(refused.getMessage()).contains("12 difficulty coefficients").contains("for 5 departments");
	}

	@Test
	void shouldRefuseNumberingThatGoesBack() {
		String text = table("1.甲项工作", "2.乙项工作", "2.丙项工作");
		TableFormatException refused = refusal(text);
		assertThat(refused.getMessage()).contains("title numbered 2 follows title numbered 2");
		assertThat(refused.getLine()).isEqualTo(7);
	}

	@Test
	void shouldRefuseASectionWhoseFirstTitleIsNotNumberedOne() {
		TableFormatException refused = refusal(table("2.乙项工作", "3.丙项工作"));
		assertThat(refused.getMessage()).contains("first title is numbered 2");
		assertThat(refused.getLine()).isEqualTo(3);
	}

	@Test
	void shouldWarnAboutAGapInTheNumberingNamingTheLine() {
		ParsedTable table = new SeedTextReader().read(table("1.甲项工作", "2.乙项工作", "4.丁项工作"), SOURCE);
		assertThat(table.departments().get(0).commitments()).extracting(c -> c.no()).containsExactly(1, 2, 4);
		assertThat(table.warnings()).anySatisfy(warning -> {
			assertThat(warning.location()).isEqualTo("line 7");
			assertThat(warning.message()).contains("number 3 is missing");
		});
	}

	@Test
	void shouldRefuseTextWithoutTitles() {
		assertThatThrownBy(() -> new SeedTextReader().read("市教育局\n\n一段没有编号的文字。\n", SOURCE))
			.isInstanceOf(TableFormatException.class)
			.hasMessageContaining(SOURCE)
			.hasMessageContaining("no numbered commitment titles");
	}

	@Test
	void shouldRefuseBlankText() {
		assertThatThrownBy(() -> new SeedTextReader().read(" \n\f\n\t\n", SOURCE)).isInstanceOf(TableFormatException.class)
			.asInstanceOf(type(TableFormatException.class))
			.satisfies(refused -> assertThat(refused.getMessage()).contains("no text"));
	}

	@Test
	void shouldRefuseADescriptionWhereADepartmentNameShouldBe() {
		String text = String.join("\n", "市教育局", "", "1.甲项工作", "", "第一项工作的具体描述，内容完整。", "",
				"这一段本应是部门名称，却是一段带标点的长句子。", "", "1.乙项工作", "", "第二项工作的具体描述。", "");
		TableFormatException refused = refusal(text);
		assertThat(refused.getMessage()).contains("should be a department name");
		assertThat(refused.getLine()).isEqualTo(7);
	}

	/** One department 市教育局 with the given titles, each followed later by a description. */
	private static String table(String... titles) {
		List<String> lines = new ArrayList<>(List.of("市教育局", ""));
		for (String title : titles) {
			lines.addAll(Arrays.asList(title, ""));
		}
		for (String title : titles) {
			lines.addAll(Arrays.asList(title.substring(2) + "的具体描述，年内完成。", ""));
		}
		return String.join("\n", lines);
	}

}
