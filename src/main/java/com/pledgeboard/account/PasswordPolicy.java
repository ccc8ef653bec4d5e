package com.pledgeboard.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.pledgeboard.i18n.Message;

/**
 * What a password must be: long enough, not the user name, not one of the passwords every attacker
 * tries first. No rule of character classes: length does more for strength and less harm to memory.
 * Problems are messages of the bundles: the pages show them in the reader's language, the command line in Chinese.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	public PasswordPolicy(Set<String> commonPasswords) {
		this.common = Set.copyOf(commonPasswords.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
	}

	/** Every rule the password breaks; empty when it is acceptable. */
	public List<Message> check(String username, String password) {
		List<Message> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add(Message.of("account.refused.passwordShort", MIN_LENGTH));
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add(Message.of("account.refused.passwordLong", MAX_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(Message.of("account.refused.passwordHasUsername"));
		}
		if (common.contains(lower) || isRepetitive(lower)) {
			problems.add(Message.of("account.refused.passwordCommon"));
		}
		return problems;
	}

	/** A password made of one repeated block (aaaaaaaaaaaa, abcabcabcabc) is as weak as the block. */
	private static boolean isRepetitive(String password) {
		for (int block = 1; block <= password.length() / 3; block++) {
			if (password.length() % block == 0 && password.substring(0, block).repeat(password.length() / block)
				.equals(password)) {
				return true;
			}
		}
		return false;
	}

}
