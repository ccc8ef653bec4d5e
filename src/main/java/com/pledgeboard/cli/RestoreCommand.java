package com.pledgeboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.pledgeboard.backup.Backups;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Rebuild a fresh, empty database from a snapshot written by backup. Every checksum is checked "
				+ "first; a corrupted snapshot or a database already in use is refused and nothing is written.")
class RestoreCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FROM", description = "the snapshot: its directory or .zip file")
	Path from;

	@Override
	public Integer call() {
		Backups.Summary summary = SpringContext.bean(Backups.class).restore(from);
		spec.commandLine().getOut().println("restored " + summary.rows().size() + " tables, " + summary.totalRows()
				+ " rows from " + summary.location());
		return 0;
	}

}
