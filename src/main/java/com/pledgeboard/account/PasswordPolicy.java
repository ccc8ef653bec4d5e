package com.pledgeboard.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough, not the user name, not one of the passwords every attacker
 * tries first. No rule of character classes: length does more for strength and less harm to memory.
 * Messages are Chinese; the command line prints them as they are.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	public PasswordPolicy(Set<String> commonPasswords) {
		this.common = Set.copyOf(commonPasswords.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
	}

	/** Every rule the password breaks; empty when it is acceptable. */
	public List<String> check(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("密码至少需要" + MIN_LENGTH + "个字符");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("密码不能超过" + MAX_LENGTH + "个字符");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("密码不能包含用户名");
		}
		if (common.contains(lower) || isRepetitive(lower)) {
			problems.add("密码过于常见，请换一个不易猜到的密码");
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
