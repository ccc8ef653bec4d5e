package com.pledgeboard.cli;

import java.io.PrintWriter;

import com.pledgeboard.ingest.ReadProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long import or export on standard error: a bar when a person watches a terminal
 * ({@link System#console()} is there), plain lines every {@value #LINE_EVERY} rows when the output goes to
 * a file or a pipe, where a bar's carriage returns would only make noise.
 */
final class Progress implements ReadProgress, AutoCloseable {

	private static final int LINE_EVERY = 10_000;

	private final ProgressBar bar;

	private final PrintWriter err;

	private final String task;

	private int lastLine;

	private Progress(String task, PrintWriter err) {
		this.task = task;
		this.err = err;
		this.bar = System.console() != null
				? new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" rows", 1)
					.setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()
				: null;
	}

	static Progress start(String task, PrintWriter err) {
		return new Progress(task, err);
	}

	@Override
	public void rowsRead(int rows) {
		if (bar != null) {
			bar.stepTo(rows);
		}
		else if (rows - lastLine >= LINE_EVERY) {
			lastLine = rows;
			err.println(task + ": " + rows + " rows");
			err.flush();
		}
	}

	/** A step without a row count, such as writing a file. */
	void step(String what) {
		if (bar != null) {
			bar.setExtraMessage(what);
		}
		else {
			err.println(task + ": " + what);
			err.flush();
		}
	}

	@Override
	public void close() {
		if (bar != null) {
			bar.close();
		}
	}

}
