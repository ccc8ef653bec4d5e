package com.pledgeboard.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail's signed checkpoints and the key that checks them, public, so that anyone can keep
 * copies and later see that a newer list still holds every checkpoint they saw, each with a valid
 * signature and lanes that only ever moved forward.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Signed checkpoints of the audit trail")
class CheckpointApiController {

	private final AuditCheckpoints checkpoints;

	CheckpointApiController(AuditCheckpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@GetMapping("/checkpoints")
	@Operation(operationId = "listAuditCheckpoints",
			summary = "Every checkpoint, oldest first",
			description = "Each lists, per lane of the trail, the last seq and hash it saw, signed with Ed25519 over "
					+ "`signedText`: `pledgeboard-audit-checkpoint-v1`, `written-at …`, `reason …`, `key …`, then "
					+ "`lane <lane> <seq> <hash>` per lane, each line ending in a line feed.")
	List<Published> checkpoints() {
		return checkpoints.list().stream().map(Published::of).toList();
	}

	@GetMapping(path = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(operationId = "getAuditPublicKey",
			summary = "The Ed25519 public key that checks the checkpoints, PEM")
	String publicKey() {
		return checkpoints.publicKeyPem();
	}

	/** A checkpoint with the exact text its signature covers. */
	record Published(String file, String writtenAt, String reason, String keyId, List<Checkpoint.Lane> lanes,
			String signature, String signedText) {

		static Published of(Checkpoint c) {
			return new Published(c.file(), c.writtenAt(), c.reason(), c.keyId(), c.lanes(), c.signature(), c.signedText());
		}

	}

}
