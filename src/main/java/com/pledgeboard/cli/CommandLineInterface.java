package com.pledgeboard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.pledgeboard.ingest.TableFormatException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry of the command line. Commands that need the database start a Spring context without a
 * web server when they run, and only then; {@code extract} and {@code --help} never start one.
 */
@Command(name = "pledgeboard", mixinStandardHelpOptions = true, version = "Pledgeboard 0.1",
		description = "Pledgeboard command line: import and export commitment tables, extract targets.",
		subcommands = { ImportCommand.class, ExportCommand.class, ExtractCommand.class, ReextractCommand.class,
				UserCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class })
public final class CommandLineInterface {

	/** Exit status for input that cannot be used: a bad file, an unknown region, a year that exists. */
	static final int EXIT_INPUT = 1;

	static final int EXIT_INTERNAL = 70;

	private static final Set<String> COMMANDS = Set.of("import", "export", "extract", "reextract", "user", "audit", "backup", "restore",
			"help", "--help", "-h", "--version", "-V");

	private CommandLineInterface() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args) {
		return run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
				new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
	}

	/** Runs one command to its end, closing the Spring context it may have started. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		try {
			return commandLine(out, err).execute(args);
		}
		finally {
			SpringContext.close();
		}
	}

	static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		var cli = new CommandLine(new CommandLineInterface());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((ex, line, parsed) -> {
			if (ex instanceof UserInputException || ex instanceof TableFormatException
					|| ex instanceof IllegalArgumentException
					|| ex instanceof IllegalStateException || ex instanceof UncheckedIOException) {
				line.getErr().println(line.getCommandName() + ": " + ex.getMessage());
				return EXIT_INPUT;
			}
			line.getErr().println(line.getCommandName() + ": internal error: " + ex);
			return EXIT_INTERNAL;
		});
		return cli;
	}

}
