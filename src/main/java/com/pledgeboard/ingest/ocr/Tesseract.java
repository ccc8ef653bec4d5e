package com.pledgeboard.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Debian's {@code tesseract} command with its simplified Chinese model ({@code tesseract-ocr},
 * {@code tesseract-ocr-chi-sim}), run as a process per page with a time limit: the command needs no
 * native library in the JVM (as Tess4J would), and a page that takes too long is killed without
 * harm to the server. Its TSV output gives each word's box and confidence.
 */
public final class Tesseract {

	private static final Path COMMAND = Path.of("/usr/bin/tesseract");

	private static final Path MODEL = Path.of("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata");

	private final Duration timeout;

	/** @param timeout the longest one page may take */
	public Tesseract(Duration timeout) {
		this.timeout = timeout;
	}

	/** Whether the command and the simplified Chinese model are installed. */
	public static boolean installed() {
		return Files.isExecutable(COMMAND) && Files.isReadable(MODEL);
	}

	/**
	 * The words of each image, in reading order, recognised by one run of the command (the model is
	 * loaded once): a page, or the cells of a ruled page one by one.
	 * @param psm Tesseract's page segmentation mode: 4 for a page of text in columns, 6 for a block (a cell)
	 * @throws OcrFailure when the command is missing, runs over its time or fails
	 */
	public List<List<OcrWord>> words(List<BufferedImage> images, int psm) {
		if (!installed()) {
			throw new OcrFailure("text recognition (tesseract with chi_sim) is not installed on this server");
		}
		if (images.isEmpty()) {
			return List.of();
		}
		Path directory = null;
		try {
			directory = Files.createTempDirectory("ocr");
			List<String> list = new ArrayList<>();
			for (int i = 0; i < images.size(); i++) {
				Path image = directory.resolve("image-" + i + ".png");
				ImageIO.write(images.get(i), "png", image.toFile());
				list.add(image.toString());
			}
			Path input = Files.write(directory.resolve("images.txt"), list, StandardCharsets.UTF_8);
			// one thread: the server's cores are shared, and Tesseract's threads gain little on one page
			ProcessBuilder builder = new ProcessBuilder(COMMAND.toString(), input.toString(), directory.resolve("out").toString(), "-l", "chi_sim",
					"--psm", String.valueOf(psm), "tsv").redirectErrorStream(true).redirectOutput(directory.resolve("log").toFile());
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				throw new OcrFailure("text recognition took longer than %d seconds".formatted(timeout.toSeconds()));
			}
			if (process.exitValue() != 0) {
				throw new OcrFailure("text recognition failed (exit %d)".formatted(process.exitValue()));
			}
			return parse(Files.readString(directory.resolve("out.tsv"), StandardCharsets.UTF_8), images.size());
		}
		catch (IOException ex) {
			throw new OcrFailure("text recognition could not run: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OcrFailure("text recognition was interrupted");
		}
		finally {
			delete(directory);
		}
	}

	/** Tesseract's TSV: level 4 rows are lines, level 5 rows words, {@code page_num} the image; columns as its header names them. */
	static List<List<OcrWord>> parse(String tsv, int images) {
		List<List<OcrWord>> words = new ArrayList<>();
		for (int i = 0; i < images; i++) {
			words.add(new ArrayList<>());
		}
		Map<String, int[]> lines = new HashMap<>();
		for (String row : tsv.split("\n")) {
			String[] f = row.split("\t", -1);
			if (f.length < 12 || !f[0].matches("\\d+")) {
				continue;
			}
			String line = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
			int[] box = { Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]) };
			if (f[0].equals("4")) {
				lines.put(line, box);
			}
			String text = f[11].strip();
			int image = Integer.parseInt(f[1]) - 1;
			if (f[0].equals("5") && !text.isEmpty() && image >= 0 && image < images) {
				int[] l = lines.getOrDefault(line, box);
				words.get(image).add(new OcrWord(box[0], box[1], box[2], box[3], l[1], l[3], Math.max(0, Float.parseFloat(f[10])), text));
			}
		}
		return words;
	}

	private static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			// a temporary file left behind is the operating system's to clear
		}
	}

}
