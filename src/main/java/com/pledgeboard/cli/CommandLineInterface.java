package com.pledgeboard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refusal;
import com.pledgeboard.ingest.TableFormatException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry of the command line. Commands that need the database start a Spring context without a
 * web server when they run, and only then; {@code extract}, {@code readings} and {@code --help} never start one.
 * A refusal ({@link Refusal}) is printed in the reader's language, the one the environment names
 * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), Chinese where it names none.
 */
@Command(name = "pledgeboard", mixinStandardHelpOptions = true, version = "Pledgeboard 0.1",
		description = "Pledgeboard command line: import and export commitment tables, extract targets, propose readings, "
				+ "back up and restore.",
		subcommands = { ImportCommand.class, ExportCommand.class, ExtractCommand.class, ReadingsCommand.class,
				ReextractCommand.class, UserCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class })
public final class CommandLineInterface {

	/** Exit status for input that cannot be used: a bad file, an unknown region, a year that exists. */
	static final int EXIT_INPUT = 1;

	static final int EXIT_INTERNAL = 70;

	/** The options that ask the command line itself rather than the server. */
	private static final Set<String> OWN_OPTIONS = Set.of("--help", "-h", "--version", "-V");

	private CommandLineInterface() {
	}

	/**
	 * Whether the arguments are a command rather than the web server's options: anything but options
	 * alone ({@code --server.port=8081}) is a command, as are {@code --help} and {@code --version}, so
	 * that a mistyped one ({@code improt}) gets the usage and exit status 2 instead of quietly starting
	 * the server.
	 */
	public static boolean handles(String[] args) {
		return Arrays.stream(args).anyMatch(a -> !a.startsWith("-") || OWN_OPTIONS.contains(a));
	}

	public static int run(String[] args) {
		return run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
				new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
	}

	/**
	 * Runs one command to its end for a reader of the environment's language, closing the Spring context
	 * it may have started.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, readerLocale(System.getenv()));
	}

	/** Runs one command to its end, its refusals worded for a reader of {@code reader}'s language. */
	public static int run(String[] args, PrintWriter out, PrintWriter err, Locale reader) {
		try {
			return commandLine(out, err, reader).execute(args);
		}
		finally {
			SpringContext.close();
		}
	}

	/**
	 * The reader's language as the environment names it: the first of {@code LC_ALL}, {@code LC_MESSAGES}
	 * and {@code LANG} that is set ({@code en_GB.UTF-8} is English); Chinese, the application's first
	 * language, where none is or it is the C locale, which names no language.
	 */
	static Locale readerLocale(Map<String, String> environment) {
		String named = Stream.of("LC_ALL", "LC_MESSAGES", "LANG")
			.map(environment::get)
			.filter(v -> v != null && !v.isBlank())
			.findFirst()
			.orElse("");
		String language = named.split("[.@]", 2)[0];
		if (language.isEmpty() || language.equals("C") || language.equals("POSIX")) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
		return locale.getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : locale;
	}

	static CommandLine commandLine(PrintWriter out, PrintWriter err, Locale reader) {
		var cli = new CommandLine(new CommandLineInterface());
		cli.setOut(out);
		cli.setErr(err);
		var bundles = Message.bundles();
		cli.setExecutionExceptionHandler((ex, line, parsed) -> {
			if (ex instanceof Refusal refusal) {
				line.getErr().println(line.getCommandName() + ": " + bundles.getMessage(refusal, reader));
				return EXIT_INPUT;
			}
			if (ex instanceof UserInputException || ex instanceof TableFormatException
					|| ex instanceof IllegalArgumentException
					|| ex instanceof IllegalStateException || ex instanceof UncheckedIOException) {
				line.getErr().println(line.getCommandName() + ": " + ex.getMessage());
				return EXIT_INPUT;
			}
			line.getErr().println(line.getCommandName() + ": internal error: " + ex);
			return EXIT_INTERNAL;
		});
		// A wrong command line: what was wrong, the nearest command, and the usage of the command concerned.
		cli.setParameterExceptionHandler((ex, args) -> {
			CommandLine line = ex.getCommandLine();
			line.getErr().println(ex.getMessage());
			CommandLine.UnmatchedArgumentException.printSuggestions(ex, line.getErr());
			line.usage(line.getErr());
			return line.getCommandSpec().exitCodeOnInvalidInput();
		});
		return cli;
	}

}
