package com.pledgeboard.backup;

import com.pledgeboard.i18n.Refused;

/**
 * A snapshot that cannot be used, or a place or database that a backup or restore may not write into;
 * the reason is a {@code backup.refused.*} message, which the command line prints in its reader's language.
 */
public class BackupRefusedException extends Refused {

	private static final long serialVersionUID = 1L;

	BackupRefusedException(String code, Object... arguments) {
		super("backup.refused." + code, arguments);
	}

}
