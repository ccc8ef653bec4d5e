package com.pledgeboard.cli;

import com.pledgeboard.PledgeboardApplication;

import org.springframework.boot.SpringApplication;

/**
 * The jar's entry: a command ({@code import}, {@code export}, {@code extract} …) runs without a web
 * server, and a word that is no command gets the usage and exit status 2; no arguments, or options
 * alone, start the web application ({@code --demo} among them, see {@link #serverArguments}).
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		if (CommandLineInterface.handles(args)) {
			System.exit(CommandLineInterface.run(args));
		}
		SpringApplication.run(PledgeboardApplication.class, serverArguments(args));
	}

	/**
	 * The server's arguments, with {@code --demo} (an option, so never taken for a command) read as
	 * {@code --pledgeboard.demo=true}: the demonstration year, which is never made by default.
	 */
	static String[] serverArguments(String[] args) {
		return java.util.Arrays.stream(args).map(a -> a.equals("--demo") ? "--pledgeboard.demo=true" : a)
			.toArray(String[]::new);
	}

}
