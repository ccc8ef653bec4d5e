package com.pledgeboard.ingest.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.pledgeboard.support.Browser;

/**
 * The programs the corpus tests render tables through, as an office would use them: LibreOffice (Debian
 * {@code libreoffice-writer-nogui}, {@code libreoffice-calc-nogui}), run as its own process for each
 * conversion, and Chromium's print to PDF. {@code .ci/run} installs both.
 */
public final class Generators {

	private Generators() {
	}

	/**
	 * LibreOffice's user profile, one for the run (under {@code target/}): a profile is made on a first
	 * start, which costs every conversion given a new one; conversions take turns, as two LibreOffices
	 * cannot share a profile at once.
	 */
	private static final Path PROFILE = Path.of("target", "libreoffice-profile").toAbsolutePath();

	public static boolean hasLibreOffice() {
		return Files.isExecutable(Path.of("/usr/bin/soffice"));
	}

	public static boolean hasChromium() {
		return Files.isExecutable(Path.of("/usr/bin/chromium"));
	}

	/**
	 * Converts {@code source} with LibreOffice into {@code directory}, named as the source with the
	 * target's extension; {@code filter} as {@code soffice --convert-to} takes it ({@code docx:"MS Word 2007 XML"}).
	 * @param importFilter the filter to open the source with, or {@code null} for LibreOffice's choice
	 */
	public static synchronized Path libreOffice(Path source, String extension, String filter, String importFilter) throws IOException, InterruptedException {
		Path directory = source.getParent();
		List<String> command = new ArrayList<>(List.of("/usr/bin/soffice", "-env:UserInstallation=" + PROFILE.toUri(),
				"--headless", "--norestore"));
		if (importFilter != null) {
			command.add("--infilter=" + importFilter);
		}
		command.addAll(List.of("--convert-to", extension + (filter != null ? ":" + filter : ""), "--outdir", directory.toString(), source.toString()));
		run(command, directory);
		String name = source.getFileName().toString();
		Path target = directory.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
		if (!Files.isRegularFile(target)) {
			throw new IllegalStateException("LibreOffice wrote no " + target);
		}
		return target;
	}

	/**
	 * Prints an HTML file to PDF with headless Chromium, without the browser's own header and footer:
	 * DevTools' {@code Page.printToPDF} with the parameters Chromium's {@code --print-to-pdf
	 * --no-pdf-header-footer} gives it (backgrounds printed, the page's CSS page size preferred), in the
	 * browser its thread's tours share (see {@link Browser}) rather than one started for each print.
	 */
	public static Path chromium(Path html) throws IOException {
		Path pdf = html.resolveSibling(html.getFileName().toString().replace(".html", ".pdf"));
		try (Browser printer = Browser.start("print")) {
			printer.driver().get(html.toUri().toString());
			Map<String, Object> printed = printer.driver().executeCdpCommand("Page.printToPDF",
					Map.of("printBackground", true, "preferCSSPageSize", true, "displayHeaderFooter", false));
			return Files.write(pdf, Base64.getDecoder().decode((String) printed.get("data")));
		}
	}

	public static Path write(Path directory, String name, String text) throws IOException {
		return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("generator.log").toFile())
			.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + String.join(" ", command));
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n"
					+ Files.readString(directory.resolve("generator.log")));
		}
	}

}
