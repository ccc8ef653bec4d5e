package com.pledgeboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.pledgeboard.backup.Backups;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Write a consistent, checksummed snapshot of the database (every table, evidence files "
				+ "included, read in one transaction) and the audit checkpoints: to a new directory, or to a file ending in .zip.")
class BackupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--output", required = true, paramLabel = "DIR|FILE.zip")
	Path output;

	@Override
	public Integer call() {
		Backups.Summary summary = SpringContext.bean(Backups.class).backup(output);
		spec.commandLine().getOut().println("backup written to " + summary.location() + ": " + summary.rows().size()
				+ " tables, " + summary.totalRows() + " rows, " + summary.files() + " audit checkpoints, schema version "
				+ summary.schemaVersion());
		return 0;
	}

}
