package com.pledgeboard.cli;

import com.pledgeboard.PledgeboardApplication;

import org.springframework.boot.SpringApplication;

/**
 * The jar's entry: {@code import}, {@code export}, {@code extract} and {@code reextract} run as commands
 * without a web server; anything else starts the web application.
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
