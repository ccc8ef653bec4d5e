package com.pledgeboard.cli;

import java.util.concurrent.Callable;

import com.pledgeboard.account.DepartmentDirectory;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The assessment office's user work from the command line, for whoever runs the server: the same
 * service as the back office, with the same rules and the same audit trail.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add, reset, disable or enable a user.",
		subcommands = { UserCommand.Add.class, UserCommand.Reset.class, UserCommand.Disable.class,
				UserCommand.Enable.class })
class UserCommand {

	static UserAccounts.UserSummary existing(UserAccounts accounts, String username) {
		return accounts.find(username).orElseThrow(() -> new UserInputException("no user " + username));
	}

	/** Refusals of the account service are {@code IllegalArgumentException}s: printed, exit status 1. */
	static Integer print(CommandSpec spec, String line) {
		spec.commandLine().getOut().println(line);
		return 0;
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Create a user with a one-time password, printed once, to be changed at first sign-in.")
	static class Add implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Option(names = "--role", required = true, description = "${COMPLETION-CANDIDATES}")
		Role role;

		@Option(names = "--name", required = true, description = "the person's name as shown")
		String displayName;

		@Option(names = "--department", description = "canonical department name (reporters and approvers)")
		String department;

		@Option(names = "--email", description = "the address reminders go to (optional)")
		String email;

		@Override
		public Integer call() {
			Long departmentId = null;
			if (department != null) {
				departmentId = SpringContext.bean(DepartmentDirectory.class)
					.departments()
					.stream()
					.filter(d -> d.name().equals(department.strip()))
					.map(DepartmentDirectory.DepartmentOption::id)
					.findFirst()
					.orElseThrow(() -> new UserInputException("no department named " + department));
			}
			var created = SpringContext.bean(UserAccounts.class)
				.create(new UserAccounts.NewUser(username, displayName, role, departmentId, email));
			return print(spec, "created " + created.username() + "; one-time password: " + created.password());
		}

	}

	/** A command on one existing user. */
	abstract static class OnUser implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		abstract String act(UserAccounts accounts, long userId);

		@Override
		public Integer call() {
			UserAccounts accounts = SpringContext.bean(UserAccounts.class);
			return print(spec, act(accounts, existing(accounts, username).id()));
		}

	}

	@Command(name = "reset", mixinStandardHelpOptions = true, description = "Reset a password to a one-time password.")
	static class Reset extends OnUser {

		@Override
		String act(UserAccounts accounts, long userId) {
			var reset = accounts.resetPassword(userId);
			return "reset " + reset.username() + "; one-time password: " + reset.password();
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user and end their sessions.")
	static class Disable extends OnUser {

		@Override
		String act(UserAccounts accounts, long userId) {
			accounts.disable(userId);
			return "disabled " + username;
		}

	}

	@Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again.")
	static class Enable extends OnUser {

		@Override
		String act(UserAccounts accounts, long userId) {
			accounts.enable(userId);
			return "enabled " + username;
		}

	}

}
