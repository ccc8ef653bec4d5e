package com.pledgeboard.cli;

import java.util.concurrent.Callable;

import com.pledgeboard.audit.AuditVerifier;
import com.pledgeboard.audit.VerificationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
		subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

	/** Exit status of a broken audit chain, apart from bad input, so that a monitoring job can tell. */
	static final int EXIT_BROKEN = 3;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: verify");
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Check the whole audit chain; exit " + EXIT_BROKEN
					+ " naming the first broken entry if one was altered, removed or inserted behind the application's back.")
	static class Verify implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			VerificationResult result = SpringContext.bean(AuditVerifier.class).verify();
			if (result.isIntact()) {
				spec.commandLine().getOut().println(result.describe());
				return 0;
			}
			spec.commandLine().getErr().println(result.describe());
			return EXIT_BROKEN;
		}

	}

}
