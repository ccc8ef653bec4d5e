package com.pledgeboard.backup;

/** A snapshot that cannot be used, or a database that may not be restored into; the message says why. */
public class BackupRefusedException extends IllegalStateException {

	BackupRefusedException(String message) {
		super(message);
	}

}
