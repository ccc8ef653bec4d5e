package com.pledgeboard.ingest.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves department names as printed in an imported table against the catalogue.
 *
 * <p>Printed tables shorten names to fit a narrow column ({@code 环境局} for {@code 市生态环境局},
 * {@code 市应急} for {@code 市应急管理局}) or wrap them over lines. The rules, in this order:
 * <ol>
 * <li><b>Exact</b>: the printed name equals a canonical name, whitespace aside.</li>
 * <li><b>Alias</b>: it equals an alias of exactly one department.</li>
 * <li><b>Fragment</b>: with all {@code 市} characters and whitespace removed from both sides, it is a
 * prefix or a suffix of a canonical name or alias, and of one department only. Fragments shorter
 * than {@value #MIN_FRAGMENT_LENGTH} characters are not tried: a single {@code 局} says nothing.</li>
 * </ol>
 * A name that fits several departments is {@link Resolution.Status#AMBIGUOUS AMBIGUOUS} and one that
 * fits none {@link Resolution.Status#UNKNOWN UNKNOWN}: a name is never guessed, the import keeps it
 * as printed and reports it.
 *
 * <p>Every prefix and suffix of every known name is indexed up front, so a lookup costs one hash
 * lookup per rule whatever the size of the catalogue; the index holds about twice as many entries
 * as the catalogue has characters. Instances are immutable and safe to share.
 */
public final class DepartmentNameResolver {

	/** Shortest printed fragment that is matched against known names. */
	public static final int MIN_FRAGMENT_LENGTH = 2;

	private final List<String> canonicalNames = new ArrayList<>();

	private final Map<String, Integer> exact = new HashMap<>();

	private final Map<String, List<Integer>> aliases = new HashMap<>();

	private final Map<String, List<Integer>> fragments = new HashMap<>();

	/**
	 * @param known the catalogue's departments; canonical names must be distinct (whitespace aside)
	 * @throws IllegalArgumentException if two departments have the same canonical name
	 */
	public DepartmentNameResolver(Collection<KnownDepartment> known) {
		for (KnownDepartment department : known) {
			int index = canonicalNames.size();
			String canonical = department.canonicalName();
			Integer previous = exact.putIfAbsent(withoutSpaces(canonical), index);
			if (previous != null) {
				throw new IllegalArgumentException("department “%s” is listed twice (as “%s” and “%s”)"
					.formatted(canonical, canonicalNames.get(previous), canonical));
			}
			canonicalNames.add(canonical);
			indexFragments(canonical, index);
			for (String alias : department.aliases()) {
				addOnce(aliases.computeIfAbsent(withoutSpaces(alias), key -> new ArrayList<>(1)), index);
				indexFragments(alias, index);
			}
		}
	}

	private void indexFragments(String name, int index) {
		String key = fragmentKey(name);
		for (int length = MIN_FRAGMENT_LENGTH; length <= key.length(); length++) {
			addOnce(fragments.computeIfAbsent(key.substring(0, length), k -> new ArrayList<>(1)), index);
			addOnce(fragments.computeIfAbsent(key.substring(key.length() - length), k -> new ArrayList<>(1)), index);
		}
	}

	/** Departments are indexed one after the other, so a repeat can only be the last entry. */
	private static void addOnce(List<Integer> departments, int index) {
		if (departments.isEmpty() || departments.get(departments.size() - 1) != index) {
			departments.add(index);
		}
	}

	/**
	 * @param printedName the name as printed in the table
	 * @return how it resolves; never {@code null}
	 */
	public Resolution resolve(String printedName) {
		String name = withoutSpaces(printedName);
		Integer exactMatch = exact.get(name);
		if (exactMatch != null) {
			return resolved(Resolution.Status.EXACT, exactMatch);
		}
		List<Integer> aliasMatches = aliases.get(name);
		if (aliasMatches != null) {
			return aliasMatches.size() == 1 ? resolved(Resolution.Status.ALIAS, aliasMatches.get(0)) : ambiguous(aliasMatches);
		}
		String key = fragmentKey(name);
		List<Integer> fragmentMatches = key.length() < MIN_FRAGMENT_LENGTH ? null : fragments.get(key);
		if (fragmentMatches == null) {
			return new Resolution(Resolution.Status.UNKNOWN, null, List.of());
		}
		return fragmentMatches.size() == 1 ? resolved(Resolution.Status.FRAGMENT, fragmentMatches.get(0))
				: ambiguous(fragmentMatches);
	}

	private Resolution resolved(Resolution.Status status, int index) {
		String canonical = canonicalNames.get(index);
		return new Resolution(status, canonical, List.of(canonical));
	}

	private Resolution ambiguous(List<Integer> indexes) {
		List<String> candidates = new ArrayList<>(indexes.size());
		for (int index : indexes) {
			candidates.add(canonicalNames.get(index));
		}
		return new Resolution(Resolution.Status.AMBIGUOUS, null, candidates);
	}

	private static String withoutSpaces(String name) {
		StringBuilder result = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				result.append(c);
			}
		}
		return result.toString();
	}

	/** The name without whitespace and without any 市, which printed tables add or drop at will. */
	private static String fragmentKey(String name) {
		return withoutSpaces(name).replace("市", "");
	}

}
