package com.pledgeboard.ingest.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the table's header row ({@code 部门 承诺事项 具体描述 自评难度系数 评定难度系数}) after
 * extraction has wrapped it anywhere, even inside a column name ({@code 自评难} / {@code 度系数}), and
 * run two copies of it together when two pages meet.
 *
 * <p>A line is a <em>header fragment</em> when every whitespace-separated token of it can be cut into
 * pieces of two or more characters that each occur inside one column name. A run of consecutive
 * fragments (blank lines aside) is a header only if, joined, it contains at least two whole column
 * names: a lone wrapped line such as {@code 部门} at the end of a description is a fragment too, but
 * never makes a header on its own.
 */
final class HeaderRowMatcher {

	/** The column names of the seed format's header row, as the issue defines the format. */
	static final List<String> DEFAULT_COLUMNS = List.of("部门", "承诺事项", "具体描述", "自评难度系数", "评定难度系数");

	private static final int MIN_WHOLE_COLUMNS = 2;

	private static final int MAX_FRAGMENT_LENGTH = 120;

	private final List<String> columns;

	private final Set<String> pieces = new HashSet<>();

	/** Every character of the column names: most lines contain another one early and are rejected at once. */
	private final Set<Character> characters = new HashSet<>();

	private final int longestColumn;

	HeaderRowMatcher(List<String> columns) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("at least one header column name is needed");
		}
		this.columns = List.copyOf(columns);
		int longest = 0;
		for (String column : this.columns) {
			longest = Math.max(longest, column.length());
			for (int i = 0; i < column.length(); i++) {
				characters.add(column.charAt(i));
			}
			for (int from = 0; from < column.length(); from++) {
				for (int to = from + 1; to <= column.length(); to++) {
					pieces.add(column.substring(from, to));
				}
			}
		}
		this.longestColumn = longest;
	}

	boolean isFragment(String line) {
		if (line.length() > MAX_FRAGMENT_LENGTH) {
			return false;
		}
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (!TextJoiner.isSpace(c) && !characters.contains(c)) {
				return false;
			}
		}
		int start = -1;
		for (int i = 0; i <= line.length(); i++) {
			boolean end = i == line.length() || TextJoiner.isSpace(line.charAt(i));
			if (end && start >= 0) {
				if (!isSegmentable(line.substring(start, i))) {
					return false;
				}
				start = -1;
			}
			else if (!end && start < 0) {
				start = i;
			}
		}
		return true;
	}

	private boolean isSegmentable(String token) {
		if (token.length() == 1) {
			return pieces.contains(token);
		}
		boolean[] reachable = new boolean[token.length() + 1];
		reachable[0] = true;
		for (int from = 0; from < token.length(); from++) {
			if (!reachable[from]) {
				continue;
			}
			for (int to = from + 2; to <= Math.min(token.length(), from + longestColumn); to++) {
				if (pieces.contains(token.substring(from, to))) {
					reachable[to] = true;
				}
			}
		}
		return reachable[token.length()];
	}

	/** Whether the joined text of a run of fragments contains enough whole column names to be a header. */
	boolean isHeader(CharSequence joinedWithoutSpaces) {
		String joined = joinedWithoutSpaces.toString();
		int whole = 0;
		for (String column : columns) {
			if (joined.contains(column) && ++whole >= Math.min(MIN_WHOLE_COLUMNS, columns.size())) {
				return true;
			}
		}
		return false;
	}

}
