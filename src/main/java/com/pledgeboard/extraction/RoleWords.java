package com.pledgeboard.extraction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words grouped by the role they play, with a {@link WordTable} for each role: the data of
 * {@link AmbitionVocabulary} and {@link ReadingVocabulary}, collected, frozen and extended in one way.
 * Immutable.
 */
final class RoleWords<R extends Enum<R>> {

	private final Class<R> roles;

	private final Map<R, Set<String>> words;

	private final Map<R, WordTable<Boolean>> tables;

	private RoleWords(Builder<R> builder) {
		this.roles = builder.roles;
		Map<R, Set<String>> copy = new EnumMap<>(builder.roles);
		Map<R, WordTable<Boolean>> tables = new EnumMap<>(builder.roles);
		builder.words.forEach((role, set) -> {
			copy.put(role, Collections.unmodifiableSet(new LinkedHashSet<>(set)));
			tables.put(role, WordTable.of(set));
		});
		this.words = Collections.unmodifiableMap(copy);
		this.tables = tables;
	}

	static <R extends Enum<R>> Builder<R> builder(Class<R> roles) {
		return new Builder<>(roles);
	}

	/** A builder holding these words, to add to. */
	Builder<R> toBuilder() {
		Builder<R> builder = new Builder<>(this.roles);
		this.words.forEach((role, set) -> builder.words.get(role).addAll(set));
		return builder;
	}

	Set<String> words(R role) {
		return this.words.get(role);
	}

	WordTable<Boolean> table(R role) {
		return this.tables.get(role);
	}

	/** How many words each role has, as the vocabularies print themselves. */
	@Override
	public String toString() {
		return this.words.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().size(), (a, b) -> a, LinkedHashMap::new))
			.toString();
	}

	/** Collects words by role; every role starts empty. */
	static final class Builder<R extends Enum<R>> {

		private final Class<R> roles;

		private final Map<R, Set<String>> words;

		private Builder(Class<R> roles) {
			this.roles = roles;
			this.words = new EnumMap<>(roles);
			for (R role : roles.getEnumConstants()) {
				this.words.put(role, new LinkedHashSet<>());
			}
		}

		void add(R role, String... words) {
			Collections.addAll(this.words.get(role), words);
		}

		RoleWords<R> build() {
			return new RoleWords<>(this);
		}

	}

}
