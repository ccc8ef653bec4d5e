package com.pledgeboard.cli;

import com.pledgeboard.PledgeboardApplication;

import org.springframework.boot.SpringApplication;

/**
 * The jar's entry: a command ({@code import}, {@code export}, {@code extract} …) runs without a web
 * server, and a word that is no command gets the usage and exit status 2; no arguments, or options
 * alone, start the web application.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		if (CommandLineInterface.handles(args)) {
			System.exit(CommandLineInterface.run(args));
		}
		SpringApplication.run(PledgeboardApplication.class, args);
	}

}
