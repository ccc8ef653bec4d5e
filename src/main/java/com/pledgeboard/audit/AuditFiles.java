package com.pledgeboard.audit;

import java.nio.file.Path;

/**
 * Where the audit trail keeps what must not live in the database: the key file (the HMAC keys of the
 * entries and the Ed25519 key of the checkpoints) and the directory the signed checkpoints are
 * appended to. Both default to places under {@code pledgeboard.audit.home} ({@code ./data/audit}).
 */
public record AuditFiles(Path keyFile, Path checkpointDirectory) {

	static AuditFiles of(String home, String keyFile, String checkpointDirectory) {
		Path base = Path.of(home);
		return new AuditFiles(keyFile.isBlank() ? base.resolve("keys.properties") : Path.of(keyFile),
				checkpointDirectory.isBlank() ? base.resolve("checkpoints") : Path.of(checkpointDirectory));
	}

}
