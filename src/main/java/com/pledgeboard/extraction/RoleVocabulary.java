package com.pledgeboard.extraction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Words grouped by the role they play, with a {@link WordTable} for each role: the one way
 * {@link AmbitionVocabulary} and {@link ReadingVocabulary} collect, freeze, extend and print their words.
 * Immutable.
 *
 * @param <R> the roles
 * @param <V> the vocabulary itself, which its builder builds
 */
public abstract class RoleVocabulary<R extends Enum<R>, V extends RoleVocabulary<R, V>> {

	private final Class<R> roles;

	private final Function<Map<R, Set<String>>, V> make;

	private final Map<R, Set<String>> words;

	private final Map<R, WordTable<Boolean>> tables;

	RoleVocabulary(Class<R> roles, Map<R, Set<String>> words, Function<Map<R, Set<String>>, V> make) {
		this.roles = roles;
		this.make = make;
		Map<R, Set<String>> copy = new EnumMap<>(roles);
		Map<R, WordTable<Boolean>> tables = new EnumMap<>(roles);
		for (R role : roles.getEnumConstants()) {
			Set<String> set = words.getOrDefault(role, Set.of());
			copy.put(role, Collections.unmodifiableSet(new LinkedHashSet<>(set)));
			tables.put(role, WordTable.of(set));
		}
		this.words = Collections.unmodifiableMap(copy);
		this.tables = tables;
	}

	/** A builder holding these words, to add to. */
	public Builder<R, V> toBuilder() {
		Builder<R, V> builder = new Builder<>(this.roles, this.make);
		this.words.forEach((role, set) -> builder.words.get(role).addAll(set));
		return builder;
	}

	/** The words of one role. */
	public Set<String> words(R role) {
		return this.words.get(role);
	}

	WordTable<Boolean> table(R role) {
		return this.tables.get(role);
	}

	/** The vocabulary's name and how many words each role has. */
	@Override
	public String toString() {
		return getClass().getSimpleName() + this.words.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().size(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Collects words by role for a vocabulary; every role starts empty, every method adds and returns this builder. */
	public static final class Builder<R extends Enum<R>, V extends RoleVocabulary<R, V>> {

		private final Function<Map<R, Set<String>>, V> make;

		private final Map<R, Set<String>> words;

		Builder(Class<R> roles, Function<Map<R, Set<String>>, V> make) {
			this.make = make;
			this.words = new EnumMap<>(roles);
			for (R role : roles.getEnumConstants()) {
				this.words.put(role, new LinkedHashSet<>());
			}
		}

		public Builder<R, V> add(R role, String... words) {
			Collections.addAll(this.words.get(role), words);
			return this;
		}

		public V build() {
			return this.make.apply(this.words);
		}

	}

}
