package com.pledgeboard.extraction;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fixed set of words with a value each, answering "which is the longest word starting (or ending)
 * at this position" without building substrings: the extractor asks this at nearly every character,
 * so it is a character trie rather than a map of strings, with a bit set of the first and last
 * characters of its words that turns most questions down in one step.
 */
final class WordTable<V> {

	private final Node<V> forward = new Node<>();

	private final Node<V> backward = new Node<>();

	private final long[] firstChars = new long[1024];

	private final long[] lastChars = new long[1024];

	WordTable(Map<String, V> words) {
		words.forEach((word, value) -> {
			if (!word.isEmpty()) {
				insert(this.forward, word, false, value);
				insert(this.backward, word, true, value);
				mark(this.firstChars, word.charAt(0));
				mark(this.lastChars, word.charAt(word.length() - 1));
			}
		});
	}

	/** A table that only tells whether a word is one of {@code words}. */
	static WordTable<Boolean> of(Collection<String> words) {
		return new WordTable<>(words.stream().distinct().collect(Collectors.toMap(Function.identity(), w -> Boolean.TRUE)));
	}

	private static void mark(long[] bits, char c) {
		bits[c >>> 6] |= 1L << c;
	}

	private static boolean marked(long[] bits, char c) {
		return (bits[c >>> 6] & (1L << c)) != 0;
	}

	/** A word found in text. */
	record Hit<V>(V value, int start, int end) {

		int length() {
			return this.end - this.start;
		}

	}

	/** The longest word that starts at {@code from} and ends at or before {@code limit}, or {@code null}. */
	Hit<V> startingAt(CharSequence text, int from, int limit) {
		if (from >= limit || !marked(this.firstChars, text.charAt(from))) {
			return null;
		}
		Node<V> node = this.forward;
		Hit<V> best = null;
		for (int i = from; i < limit; i++) {
			node = node.child(text.charAt(i));
			if (node == null) {
				break;
			}
			if (node.word) {
				best = new Hit<>(node.value, from, i + 1);
			}
		}
		return best;
	}

	/** The longest word that ends at {@code end} (exclusive) and starts at or after {@code limit}, or {@code null}. */
	Hit<V> endingAt(CharSequence text, int end, int limit) {
		if (end <= limit || !marked(this.lastChars, text.charAt(end - 1))) {
			return null;
		}
		Node<V> node = this.backward;
		Hit<V> best = null;
		for (int i = end - 1; i >= limit; i--) {
			node = node.child(text.charAt(i));
			if (node == null) {
				break;
			}
			if (node.word) {
				best = new Hit<>(node.value, i, end);
			}
		}
		return best;
	}

	/** Whether some word starts with {@code c}; a cheap first test before {@link #startingAt}. */
	boolean mayStartWith(char c) {
		return marked(this.firstChars, c);
	}

	boolean startsWithWord(CharSequence text, int from, int limit) {
		return startingAt(text, from, limit) != null;
	}

	private static <V> void insert(Node<V> root, String word, boolean reversed, V value) {
		Node<V> node = root;
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(reversed ? word.length() - 1 - k : k);
			node = node.childOrNew(c);
		}
		node.word = true;
		node.value = value;
	}

	private static final class Node<V> {

		private char[] keys = new char[0];

		@SuppressWarnings("unchecked")
		private Node<V>[] children = new Node[0];

		private boolean word;

		private V value;

		Node<V> child(char c) {
			int i = Arrays.binarySearch(this.keys, c);
			return (i >= 0) ? this.children[i] : null;
		}

		Node<V> childOrNew(char c) {
			int i = Arrays.binarySearch(this.keys, c);
			if (i >= 0) {
				return this.children[i];
			}
			int at = -i - 1;
			Node<V> created = new Node<>();
			char[] keys = new char[this.keys.length + 1];
			System.arraycopy(this.keys, 0, keys, 0, at);
			keys[at] = c;
			System.arraycopy(this.keys, at, keys, at + 1, this.keys.length - at);
			@SuppressWarnings("unchecked")
			Node<V>[] children = new Node[this.children.length + 1];
			System.arraycopy(this.children, 0, children, 0, at);
			children[at] = created;
			System.arraycopy(this.children, at, children, at + 1, this.children.length - at);
			this.keys = keys;
			this.children = children;
			return created;
		}

	}

}
