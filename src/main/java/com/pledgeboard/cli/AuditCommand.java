package com.pledgeboard.cli;

import java.util.concurrent.Callable;

import com.pledgeboard.audit.AuditKeys;
import com.pledgeboard.audit.AuditVerifier;
import com.pledgeboard.audit.VerificationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
		subcommands = { AuditCommand.Verify.class, AuditCommand.RotateKey.class })
class AuditCommand implements Runnable {

	/** Exit status of a broken audit chain, apart from bad input, so that a monitoring job can tell. */
	static final int EXIT_BROKEN = 3;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: verify or rotate-key");
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Check every chain of the audit trail with the key file and against the signed checkpoints; exit "
					+ EXIT_BROKEN + " naming the first broken entry if one was altered, removed, inserted or rewritten "
					+ "behind the application's back, or the trail was truncated.")
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

	@Command(name = "rotate-key", mixinStandardHelpOptions = true,
			description = "Add a new HMAC key to the audit key file and make it the one new entries are signed with; "
					+ "older keys stay to verify older entries. Restart running servers to have them use it.")
	static class RotateKey implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			String id = SpringContext.bean(AuditKeys.class).rotate();
			spec.commandLine().getOut().println("audit key " + id + " is now current");
			return 0;
		}

	}

}
