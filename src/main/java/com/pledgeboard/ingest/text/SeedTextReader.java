package com.pledgeboard.ingest.text;

import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds a commitment table from the text that PDF extraction gives for the published table
 * (the "seed format").
 *
 * <h2>The layout</h2>
 * The PDF is a table with the columns 部门 (department), 承诺事项 (title), 具体描述 (description),
 * 自评难度系数 and 评定难度系数. Extraction emits it column by column, page by page, so each
 * <em>section</em> (the part of a page under one header) comes out as
 * <pre>
 *   department names      one blank-line-separated block per department, wrapped ("市文化广电" / "旅游局")
 *   titles                "1." "2." … restarting at 1 for each department, each wrapped over lines
 *   descriptions          one paragraph per title, in the same order as the titles
 *   coefficients          optional: all self-assessed values, then all assessed ones
 *   header row            optional, wrapped anywhere, sometimes two copies run together
 *   category label        optional: a short line such as "社会发展类"
 * </pre>
 * and the next section follows. Nothing here depends on the words of any one document; the parts
 * are told apart by structure:
 * <ul>
 * <li><b>Titles</b> are the lines that start with a number and a separator ({@code 1.}, {@code 1. },
 * {@code １．}, {@code 1、}), not followed by a digit (so {@code 1.4} is not a title). A title runs on
 * until a blank line. A <em>run</em> of titles is the titles of one section; a new department
 * starts at each {@code 1}, so the run says how many departments the section has and how many
 * titles each has.</li>
 * <li><b>Coefficients</b> are lines of decimal numbers only that stand alone. The 2k numbers after a
 * section's titles give the first k departments of that section their self-assessed (first k) and
 * assessed (last k) values, with the scale as printed; an odd count is refused.</li>
 * <li><b>Header rows</b> are recognised by {@link HeaderRowMatcher} and dropped.</li>
 * <li><b>Category labels</b> are short lines of Han characters (Latin letters and digits allowed)
 * ending in a category suffix (by default {@code 类}) that stand alone. A label names the sections
 * after it until the next label; sections before the first label, which have no label of their
 * own, take the first label printed after them (a label printed after a header row names the
 * whole spread the header belongs to).</li>
 * <li>Everything else is <b>text</b>. The text between two title runs holds, in this order, the
 * descriptions of the section before (as many as it has titles) and the names of the section
 * after (as many as it has departments); the text before the first run holds names only, the text
 * after the last run descriptions only. So the counts decide where descriptions end and names
 * begin, and a count that does not add up is refused, naming the section and both counts.</li>
 * </ul>
 * "Stands alone" means: after a blank line, a line ending a sentence, or another such line, and
 * before a blank line, a line that starts with whitespace, or another such line.
 *
 * <h2>Blocks</h2>
 * Text is cut into blocks (one name or one description each) at blank lines. Extraction does not
 * always leave one: a name can follow the last description of a page directly. When the blank
 * lines do not give the expected number of blocks, a line that starts with whitespace or a page
 * break is taken as the start of a block too, and failing that also a line after one that ends a
 * sentence (。！？). The first of these three levels that gives exactly the expected number of
 * blocks, with a name-shaped block (short, no sentence punctuation) for every name, is used.
 * Stray spaces at line starts are harmless when the blank lines already add up.
 *
 * <p>Lines are joined by {@link TextJoiner}: no space, except between two Latin letters or digits.
 *
 * <p>The work is linear in the number of lines: every line is classified once, and the text
 * between two title runs is cut at most three times.
 */
public final class SeedTextReader {

	/** The header row of the seed format: 部门 承诺事项 具体描述 自评难度系数 评定难度系数. */
	public static final List<String> DEFAULT_HEADER_COLUMNS = HeaderRowMatcher.DEFAULT_COLUMNS;

	/** Default category suffix: 社会发展类, 经济发展类 … */
	public static final List<String> DEFAULT_CATEGORY_SUFFIXES = List.of("类");

	/** A department name is at most this long once joined; descriptions are much longer. */
	static final int MAX_NAME_LENGTH = 30;

	/** A category label is at most this long. */
	static final int MAX_LABEL_LENGTH = 10;

	private static final int MAX_TITLE_NUMBER_DIGITS = 3;

	private static final int QUOTE_LENGTH = 24;

	private final HeaderRowMatcher headerRow;

	private final List<String> categorySuffixes;

	/** A reader for the header row and category suffix of the published seed format. */
	public SeedTextReader() {
		this(DEFAULT_HEADER_COLUMNS, DEFAULT_CATEGORY_SUFFIXES);
	}

	/**
	 * @param headerColumns the column names of the header row, for tables whose header says
	 * something else
	 * @param categorySuffixes what a category label ends with
	 */
	public SeedTextReader(List<String> headerColumns, List<String> categorySuffixes) {
		this.headerRow = new HeaderRowMatcher(headerColumns);
		this.categorySuffixes = List.copyOf(categorySuffixes);
	}

	/**
	 * @param text the extracted text, as decoded by {@link TextDecoder}
	 * @param sourceName the file or upload name, used in messages
	 * @return the table, with warnings for what is doubtful but readable
	 * @throws TableFormatException if the text is not such a table or its parts do not add up
	 */
	public ParsedTable read(String text, String sourceName) {
		return new Parse(text, sourceName).run();
	}

	/** Boundary before a line, from strongest to weakest; a block may start at any of the first three. */
	private static final byte HARD = 0;

	/** The line starts with whitespace or a form feed: extraction's mark of a new text item or page. */

	private static final byte INDENT = 1;

	/** The line before ends a sentence. */
	private static final byte SENTENCE = 2;

	private static final byte NONE = 3;

	/** What a line is. */
	private static final byte TEXT = 0;

	private static final byte TITLE = 1;

	private static final byte COEFFICIENT = 2;

	private static final byte LABEL = 3;

	private static final byte HEADER = 4;

	private record Title(int no, String text, int line) {
	}

	/** The titles of one section and the departments they make up. */
	private record Run(List<Title> titles, int[] departmentStarts) {

		int firstLine() {
			return titles.get(0).line();
		}

		int departmentCount() {
			return departmentStarts.length;
		}

	}

	private record Block(String text, int line) {
	}

	/** The state of one read; not shared between threads or reads. */
	private final class Parse {

		private final String sourceName;

		private final List<ImportWarning> warnings = new ArrayList<>();

		/** Non-blank lines only, trimmed, without form feeds. */
		private String[] content = new String[1024];

		private int[] lineNo = new int[1024];

		private byte[] before = new byte[1024];

		private byte[] kind;

		private int[] titleNo;

		/** The label's text on the first line of each category label, else {@code null}. */
		private String[] labelText;

		private int count;

		Parse(String text, String sourceName) {
			this.sourceName = sourceName;
			split(text);
		}

		private void split(String text) {
			int line = 1;
			int start = 0;
			boolean blankBefore = true;
			int length = text.length();
			while (start <= length) {
				int end = start;
				while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
					end++;
				}
				blankBefore = addLine(text, start, end, line, blankBefore);
				if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
					end++;
				}
				start = end + 1;
				line++;
			}
		}

		/** Returns whether the line was blank. */
		private boolean addLine(String text, int start, int end, int line, boolean blankBefore) {
			boolean pageBreak = false;
			boolean indented = false;
			int from = start;
			while (from < end && (TextJoiner.isSpace(text.charAt(from)))) {
				if (text.charAt(from) == '\f') {
					pageBreak = true;
				}
				else {
					indented = true;
				}
				from++;
			}
			int to = end;
			while (to > from && TextJoiner.isSpace(text.charAt(to - 1))) {
				to--;
			}
			if (from == to) {
				return true;
			}
			String value = text.substring(from, to);
			if (value.indexOf('\f') >= 0) {
				value = value.replace("\f", " ");
			}
			if (count == content.length) {
				int capacity = count * 2;
				content = Arrays.copyOf(content, capacity);
				lineNo = Arrays.copyOf(lineNo, capacity);
				before = Arrays.copyOf(before, capacity);
			}
			byte boundary;
			if (blankBefore || count == 0) {
				boundary = HARD;
			}
			else if (indented || pageBreak) {
				boundary = INDENT;
			}
			else if (endsSentence(content[count - 1])) {
				boundary = SENTENCE;
			}
			else {
				boundary = NONE;
			}
			content[count] = value;
			lineNo[count] = line;
			before[count] = boundary;
			count++;
			return false;
		}

		ParsedTable run() {
			if (count == 0) {
				throw new TableFormatException(sourceName, 0, "the file contains no text");
			}
			classify();
			List<Run> runs = new ArrayList<>();
			List<int[]> regions = new ArrayList<>();
			collectRunsAndRegions(runs, regions);
			if (runs.isEmpty()) {
				throw new TableFormatException(sourceName, 0,
						"no numbered commitment titles (such as “1.” or “１．”) found: this is not a commitment table");
			}
			return assemble(runs, regions);
		}

		private void classify() {
			kind = new byte[count];
			titleNo = new int[count];
			labelText = new String[count];
			boolean[] numeric = new boolean[count];
			boolean[] labelShape = new boolean[count];
			boolean[] fragment = new boolean[count];
			for (int i = 0; i < count; i++) {
				titleNo[i] = titleNumber(content[i]);
				numeric[i] = titleNo[i] < 0 && isNumbersOnly(content[i]);
				labelShape[i] = titleNo[i] < 0 && isLabelShaped(content[i]);
				fragment[i] = titleNo[i] < 0 && !numeric[i] && headerRow.isFragment(content[i]);
			}
			markHeaderRuns(fragment);
			for (int i = 0; i < count; i++) {
				if (kind[i] == HEADER) {
					continue;
				}
				if (titleNo[i] >= 0) {
					kind[i] = TITLE;
				}
				else if ((numeric[i] || labelShape[i]) && startsAlone(i, numeric, labelShape) && endsAlone(i, numeric, labelShape)) {
					kind[i] = numeric[i] ? COEFFICIENT : LABEL;
					labelText[i] = numeric[i] ? null : withoutSpaces(content[i]);
				}
				else {
					kind[i] = TEXT;
				}
			}
			markWrappedLabels(numeric, labelShape);
		}

		/** A label wrapped over two lines ("党群" / "工作类") is a label too, if the pair stands alone. */
		private void markWrappedLabels(boolean[] numeric, boolean[] labelShape) {
			for (int i = 0; i + 1 < count; i++) {
				if (kind[i] != TEXT || kind[i + 1] != TEXT || before[i + 1] != NONE || !labelShape[i + 1]) {
					continue;
				}
				String joined = withoutSpaces(content[i]) + withoutSpaces(content[i + 1]);
				if (isLabelShaped(joined) && startsAlone(i, numeric, labelShape) && endsAlone(i + 1, numeric, labelShape)) {
					kind[i] = LABEL;
					kind[i + 1] = LABEL;
					labelText[i] = joined;
				}
			}
		}

		private void markHeaderRuns(boolean[] fragment) {
			int i = 0;
			while (i < count) {
				if (!fragment[i]) {
					i++;
					continue;
				}
				int end = i;
				StringBuilder joined = new StringBuilder();
				while (end < count && fragment[end]) {
					for (int c = 0; c < content[end].length(); c++) {
						if (!TextJoiner.isSpace(content[end].charAt(c))) {
							joined.append(content[end].charAt(c));
						}
					}
					end++;
				}
				if (headerRow.isHeader(joined)) {
					Arrays.fill(kind, i, end, HEADER);
				}
				i = end;
			}
		}

		private boolean startsAlone(int i, boolean[] numeric, boolean[] labelShape) {
			return before[i] == HARD || endsSentence(content[i - 1]) || special(i - 1, numeric, labelShape);
		}

		private boolean endsAlone(int i, boolean[] numeric, boolean[] labelShape) {
			return i + 1 == count || before[i + 1] <= INDENT || special(i + 1, numeric, labelShape);
		}

		private boolean special(int i, boolean[] numeric, boolean[] labelShape) {
			return titleNo[i] >= 0 || numeric[i] || labelShape[i] || kind[i] == HEADER;
		}

		/**
		 * Splits the lines into title runs and the regions between them: regions.get(r) holds the
		 * line indexes (from, to) before run r, the last one those after the last run.
		 */
		private void collectRunsAndRegions(List<Run> runs, List<int[]> regions) {
			int regionStart = 0;
			int i = 0;
			while (i < count) {
				if (kind[i] != TITLE) {
					i++;
					continue;
				}
				regions.add(new int[] { regionStart, i });
				List<Title> titles = new ArrayList<>();
				while (i < count && kind[i] == TITLE) {
					int first = i;
					TextJoiner title = new TextJoiner().append(titleText(content[i]));
					i++;
					while (i < count && kind[i] == TEXT && before[i] != HARD) {
						title.append(content[i]);
						i++;
					}
					String joined = title.toString();
					if (joined.isEmpty()) {
						throw new TableFormatException(sourceName, lineNo[first], "the title numbered %d is empty".formatted(titleNo[first]));
					}
					titles.add(new Title(titleNo[first], joined, lineNo[first]));
				}
				runs.add(new Run(titles, departmentStarts(titles)));
				regionStart = i;
			}
			regions.add(new int[] { regionStart, count });
		}

		/** Where each department starts in a run: at every title numbered 1. */
		private int[] departmentStarts(List<Title> titles) {
			Title first = titles.get(0);
			if (first.no() != 1) {
				throw new TableFormatException(sourceName, first.line(),
						("section starting at line %d: its first title is numbered %d, but numbering starts at 1 for each department"
								+ " (is the title before it wrapped across a blank line, or is a title missing?)")
							.formatted(first.line(), first.no()));
			}
			int[] starts = new int[titles.size()];
			int departments = 0;
			int previous = 0;
			for (int t = 0; t < titles.size(); t++) {
				Title title = titles.get(t);
				if (title.no() == 1) {
					starts[departments++] = t;
				}
				else if (title.no() <= previous) {
					throw new TableFormatException(sourceName, title.line(),
							"title numbered %d follows title numbered %d: numbering only restarts at 1, for a new department"
								.formatted(title.no(), previous));
				}
				else if (title.no() > previous + 1) {
					warnings.add(ImportWarning.atLine(title.line(),
							"title numbered %d follows title numbered %d: %s missing from the printed numbering"
								.formatted(title.no(), previous, title.no() == previous + 2 ? "number " + (previous + 1) + " is"
										: "numbers " + (previous + 1) + " to " + (title.no() - 1) + " are")));
				}
				previous = title.no();
			}
			return Arrays.copyOf(starts, departments);
		}

		private ParsedTable assemble(List<Run> runs, List<int[]> regions) {
			int sections = runs.size();
			List<List<Block>> names = new ArrayList<>(sections);
			List<List<Block>> descriptions = new ArrayList<>(sections);
			List<List<BigDecimal>> coefficients = new ArrayList<>(sections);
			String[] categories = new String[sections];
			String current = null;
			for (int r = 0; r <= sections; r++) {
				int[] region = regions.get(r);
				Run previous = r > 0 ? runs.get(r - 1) : null;
				Run next = r < sections ? runs.get(r) : null;
				List<Block> blocks = cut(region[0], region[1], previous, next, r > 0 ? names.get(r - 1) : List.of());
				int descriptionCount = previous == null ? 0 : previous.titles().size();
				if (previous != null) {
					descriptions.add(blocks.subList(0, descriptionCount));
					coefficients.add(coefficients(region[0], region[1], previous, names.get(r - 1)));
				}
				else {
					rejectCoefficients(region[0], region[1]);
				}
				if (next != null) {
					names.add(blocks.subList(descriptionCount, blocks.size()));
				}
				int labelIndex = lastLabel(region[0], region[1]);
				if (labelIndex >= 0) {
					String label = labelText[labelIndex];
					if (current == null) {
						Arrays.fill(categories, 0, r, label);
					}
					else if (next == null) {
						warnings.add(ImportWarning.atLine(lineNo[labelIndex],
								"category label “%s” comes after the last section and names no department; it is ignored".formatted(label)));
					}
					current = label;
				}
				if (next != null) {
					categories[r] = current;
				}
			}
			if (current == null) {
				warnings.add(ImportWarning.atLine(lineNo[0],
						"no category label (a short line ending in " + String.join(" or ", categorySuffixes) + ") found: departments have no category"));
			}
			List<ParsedDepartment> departments = new ArrayList<>();
			for (int s = 0; s < sections; s++) {
				addDepartments(runs.get(s), names.get(s), descriptions.get(s), coefficients.get(s), categories[s], departments);
			}
			return new ParsedTable(departments, warnings);
		}

		private void addDepartments(Run run, List<Block> names, List<Block> descriptions, List<BigDecimal> coefficients,
				String category, List<ParsedDepartment> into) {
			int withCoefficients = coefficients.size() / 2;
			int[] starts = run.departmentStarts();
			for (int d = 0; d < starts.length; d++) {
				int from = starts[d];
				int to = d + 1 < starts.length ? starts[d + 1] : run.titles().size();
				List<ParsedCommitment> commitments = new ArrayList<>(to - from);
				for (int t = from; t < to; t++) {
					Title title = run.titles().get(t);
					commitments.add(new ParsedCommitment(title.no(), title.text(), descriptions.get(t).text(), title.line()));
				}
				Block name = names.get(d);
				BigDecimal self = d < withCoefficients ? coefficients.get(d) : null;
				BigDecimal assessed = d < withCoefficients ? coefficients.get(withCoefficients + d) : null;
				into.add(new ParsedDepartment(name.text(), category, self, assessed, name.line(), commitments));
			}
		}

		/**
		 * Cuts the text lines of a region into the descriptions of the section before and the names
		 * of the section after, trying ever weaker block boundaries until the counts add up.
		 */
		private List<Block> cut(int from, int to, Run previous, Run next, List<Block> previousNames) {
			int expectedDescriptions = previous == null ? 0 : previous.titles().size();
			int expectedNames = next == null ? 0 : next.departmentCount();
			int expected = expectedDescriptions + expectedNames;
			for (byte level = HARD; level <= SENTENCE; level++) {
				if (countBlocks(from, to, level) == expected) {
					List<Block> cut = blocks(from, to, level);
					if (namesLookLikeNames(cut, expectedDescriptions)) {
						return cut;
					}
				}
			}
			throw refusal(from, to, previous, next, previousNames);
		}

		/**
		 * Explains why a region does not add up. The reading used for the message is the first one whose
		 * last blocks look like the expected department names, so that the count of descriptions is the
		 * one a person would make; failing that, the one closest to the expected count.
		 */
		private TableFormatException refusal(int from, int to, Run previous, Run next, List<Block> previousNames) {
			int expectedNames = next == null ? 0 : next.departmentCount();
			int expected = (previous == null ? 0 : previous.titles().size()) + expectedNames;
			List<Block> plausible = null;
			List<Block> closest = null;
			for (byte level = HARD; level <= SENTENCE; level++) {
				List<Block> cut = blocks(from, to, level);
				if (plausible == null && cut.size() >= expectedNames && namesLookLikeNames(cut, cut.size() - expectedNames)) {
					plausible = cut;
				}
				if (closest == null || Math.abs(cut.size() - expected) < Math.abs(closest.size() - expected)) {
					closest = cut;
				}
			}
			List<Block> blocks = plausible != null ? plausible : closest;
			if (blocks.size() == expected) {
				return notNameShaped(blocks, expected - expectedNames, next);
			}
			if (previous == null) {
				return new TableFormatException(sourceName, next.firstLine(),
						"section starting at line %d: %d departments (numbering restarts at 1 %d times) but %d department names before it"
							.formatted(next.firstLine(), next.departmentCount(), next.departmentCount(), blocks.size()));
			}
			String section = "section starting at line %d%s".formatted(previous.firstLine(), namesInBrackets(previousNames));
			int descriptions = blocks.size() - expectedNames;
			if (descriptions < 0) {
				return new TableFormatException(sourceName, previous.firstLine(),
						"%s: %d titles, then %d department names for the section starting at line %d, but only %d text blocks for both"
							.formatted(section, previous.titles().size(), expectedNames, next.firstLine(), blocks.size()));
			}
			String where = "";
			if (descriptions > 0) {
				where = " (descriptions from line %d%s)".formatted(blocks.get(0).line(), next == null ? ""
						: ", names of the next section from line " + blocks.get(descriptions).line());
			}
			return new TableFormatException(sourceName, previous.firstLine(),
					"%s: %d titles but %d descriptions%s".formatted(section, previous.titles().size(), descriptions, where));
		}

		private TableFormatException notNameShaped(List<Block> blocks, int descriptions, Run next) {
			for (int b = descriptions; b < blocks.size(); b++) {
				Block block = blocks.get(b);
				if (!isNameShaped(block.text())) {
					return new TableFormatException(sourceName, block.line(),
							"section starting at line %d: this block should be a department name but reads like a description: “%s”"
								.formatted(next.firstLine(), quote(block.text())));
				}
			}
			throw new IllegalStateException("names were found name-shaped before");
		}

		private boolean namesLookLikeNames(List<Block> blocks, int descriptions) {
			for (int b = descriptions; b < blocks.size(); b++) {
				if (!isNameShaped(blocks.get(b).text())) {
					return false;
				}
			}
			return true;
		}

		private int countBlocks(int from, int to, byte level) {
			int blocks = 0;
			boolean open = false;
			for (int i = from; i < to; i++) {
				if (kind[i] != TEXT) {
					open = false;
				}
				else {
					if (!open || before[i] <= level) {
						blocks++;
					}
					open = true;
				}
			}
			return blocks;
		}

		private List<Block> blocks(int from, int to, byte level) {
			List<Block> blocks = new ArrayList<>();
			TextJoiner joiner = null;
			int blockLine = 0;
			for (int i = from; i < to; i++) {
				if (kind[i] != TEXT) {
					if (joiner != null) {
						blocks.add(new Block(joiner.toString(), blockLine));
						joiner = null;
					}
					continue;
				}
				if (joiner != null && before[i] <= level) {
					blocks.add(new Block(joiner.toString(), blockLine));
					joiner = null;
				}
				if (joiner == null) {
					joiner = new TextJoiner();
					blockLine = lineNo[i];
				}
				joiner.append(content[i]);
			}
			if (joiner != null) {
				blocks.add(new Block(joiner.toString(), blockLine));
			}
			return blocks;
		}

		private List<BigDecimal> coefficients(int from, int to, Run section, List<Block> sectionNames) {
			List<BigDecimal> values = new ArrayList<>();
			int firstLine = 0;
			int lastLine = 0;
			for (int i = from; i < to; i++) {
				if (kind[i] == COEFFICIENT) {
					firstLine = firstLine == 0 ? lineNo[i] : firstLine;
					lastLine = lineNo[i];
					for (String token : content[i].split("\\s+")) {
						values.add(new BigDecimal(asciiNumber(token)));
					}
				}
			}
			if (values.isEmpty()) {
				return values;
			}
			String sectionText = "section starting at line %d%s".formatted(section.firstLine(), namesInBrackets(sectionNames));
			String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + " to " + lastLine;
			if (values.size() % 2 != 0) {
				throw new TableFormatException(sourceName, firstLine,
						("%s: %d difficulty coefficients (%s), an odd number; expected all self-assessed values (自评难度系数)"
								+ " then all assessed ones (评定难度系数), two per department").formatted(sectionText, values.size(), lines));
			}
			int departments = section.departmentCount();
			if (values.size() / 2 > departments) {
				throw new TableFormatException(sourceName, firstLine,
						"%s: %d difficulty coefficients (%s) for %d departments; expected at most %d"
							.formatted(sectionText, values.size(), lines, departments, 2 * departments));
			}
			if (values.size() / 2 < departments) {
				warnings.add(ImportWarning.atLine(firstLine, "%s: difficulty coefficients for the first %d of %d departments only"
					.formatted(sectionText, values.size() / 2, departments)));
			}
			return values;
		}

		private void rejectCoefficients(int from, int to) {
			for (int i = from; i < to; i++) {
				if (kind[i] == COEFFICIENT) {
					throw new TableFormatException(sourceName, lineNo[i],
							"difficulty coefficient “%s” comes before any commitment title".formatted(content[i]));
				}
			}
		}

		/** The index of the line of the last category label in a region, or -1 when it has none. */
		private int lastLabel(int from, int to) {
			int last = -1;
			for (int i = from; i < to; i++) {
				if (labelText[i] == null) {
					continue;
				}
				if (last >= 0 && !labelText[last].equals(labelText[i])) {
					warnings.add(ImportWarning.atLine(lineNo[last],
							"category label “%s” is followed by “%s” at line %d before any department; the first is ignored"
								.formatted(labelText[last], labelText[i], lineNo[i])));
				}
				last = i;
			}
			return last;
		}

		private String namesInBrackets(List<Block> names) {
			if (names.isEmpty()) {
				return "";
			}
			StringBuilder text = new StringBuilder(" (");
			for (int n = 0; n < names.size(); n++) {
				text.append(n == 0 ? "" : ", ").append(names.get(n).text());
			}
			return text.append(')').toString();
		}

	}

	/** The printed number of a title line, or -1 when the line does not start with one. */
	static int titleNumber(String line) {
		int number = 0;
		int i = 0;
		while (i < line.length() && i < MAX_TITLE_NUMBER_DIGITS && asciiDigit(line.charAt(i)) >= 0) {
			number = number * 10 + asciiDigit(line.charAt(i));
			i++;
		}
		if (i == 0 || (i < line.length() && asciiDigit(line.charAt(i)) >= 0)) {
			return -1;
		}
		while (i < line.length() && TextJoiner.isSpace(line.charAt(i))) {
			i++;
		}
		if (i == line.length() || !isNumberSeparator(line.charAt(i))) {
			return -1;
		}
		i++;
		if (i < line.length() && asciiDigit(line.charAt(i)) >= 0) {
			return -1;
		}
		return number;
	}

	private static String titleText(String line) {
		int i = 0;
		while (!isNumberSeparator(line.charAt(i))) {
			i++;
		}
		return line.substring(i + 1);
	}

	private static boolean isNumberSeparator(char c) {
		return c == '.' || c == '．' || c == '、';
	}

	/** The value of an ASCII or full-width digit, or -1. */
	private static int asciiDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '０' && c <= '９') {
			return c - '０';
		}
		return -1;
	}

	private static boolean isNumbersOnly(String line) {
		boolean digits = false;
		boolean point = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (asciiDigit(c) >= 0) {
				digits = true;
			}
			else if ((c == '.' || c == '．') && digits && !point && i + 1 < line.length() && asciiDigit(line.charAt(i + 1)) >= 0) {
				point = true;
			}
			else if (TextJoiner.isSpace(c) && digits) {
				digits = false;
				point = false;
			}
			else {
				return false;
			}
		}
		return digits;
	}

	private static String asciiNumber(String token) {
		StringBuilder number = new StringBuilder(token.length());
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			int digit = asciiDigit(c);
			number.append(digit >= 0 ? (char) ('0' + digit) : '.');
		}
		return number.toString();
	}

	private boolean isLabelShaped(String line) {
		if (line.length() > 2 * MAX_LABEL_LENGTH || !endsWithSuffix(line)) {
			return false;
		}
		String label = withoutSpaces(line);
		if (label.length() < 2 || label.length() > MAX_LABEL_LENGTH) {
			return false;
		}
		boolean suffix = false;
		for (String candidate : categorySuffixes) {
			suffix |= label.endsWith(candidate) && label.length() > candidate.length();
		}
		if (!suffix) {
			return false;
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && !TextJoiner.isLatinOrDigit(c)) {
				return false;
			}
		}
		return true;
	}

	private boolean endsWithSuffix(String line) {
		for (String suffix : categorySuffixes) {
			if (line.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNameShaped(String name) {
		if (name.length() > MAX_NAME_LENGTH) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if ("。，；！？,;!?".indexOf(name.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether a line ends a sentence (closing quotes and brackets aside). */
	static boolean endsSentence(String line) {
		int i = line.length() - 1;
		while (i >= 0 && "”’」』）)》】".indexOf(line.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 && "。！？!?".indexOf(line.charAt(i)) >= 0;
	}

	private static String withoutSpaces(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!TextJoiner.isSpace(text.charAt(i))) {
				result.append(text.charAt(i));
			}
		}
		return result.toString();
	}

	private static String quote(String text) {
		return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
	}

}
