package com.pledgeboard.rules;

import java.util.List;

/**
 * Why a typed reading cannot be taken: a code of the message bundles ({@code reading.refused.*}) and its
 * arguments, which the module that asked words in its reader's language.
 */
public class ReadingRefused extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	ReadingRefused(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
