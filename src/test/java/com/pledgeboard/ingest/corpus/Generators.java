package com.pledgeboard.ingest.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs the corpus tests render tables through, each run as its own process as an office
 * would: LibreOffice (Debian {@code libreoffice-writer-nogui}, {@code libreoffice-calc-nogui}) and
 * Chromium's print to PDF. {@code .ci/run} installs both.
 */
public final class Generators {

	private Generators() {
	}

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
	public static Path libreOffice(Path source, String extension, String filter, String importFilter) throws IOException, InterruptedException {
		Path directory = source.getParent();
		List<String> command = new ArrayList<>(List.of("/usr/bin/soffice", "-env:UserInstallation=" + directory.resolve("lo-profile").toUri(),
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

	/** Prints an HTML file to PDF with headless Chromium, without the browser's own header and footer. */
	public static Path chromium(Path html) throws IOException, InterruptedException {
		Path pdf = html.resolveSibling(html.getFileName().toString().replace(".html", ".pdf"));
		run(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
				"--user-data-dir=" + html.resolveSibling("chromium-profile"), "--print-to-pdf=" + pdf, html.toUri().toString()), html.getParent());
		if (!Files.isRegularFile(pdf)) {
			throw new IllegalStateException("Chromium wrote no " + pdf);
		}
		return pdf;
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
