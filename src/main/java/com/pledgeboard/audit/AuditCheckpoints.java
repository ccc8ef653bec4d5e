package com.pledgeboard.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes signed {@link Checkpoint}s of the lanes' heads into the checkpoint directory and reads them
 * back. A checkpoint is written when a server starts, every {@code pledgeboard.audit.checkpoint-interval} (10
 * minutes) when the trail has moved since the newest one, and after every committed move of a plan
 * year. Files are created new, never overwritten, and made read-only; several nodes may share the
 * directory.
 * <p>
 * A year's move is heard as its audit entry ({@code PLAN_YEAR_STATE}) rather than as the catalogue's
 * {@code PlanYearStateChanged}: the catalogue already depends on this module to audit, and listening
 * to its event would make the two modules depend on each other.
 */
@Service
public class AuditCheckpoints {

	static final String PLAN_YEAR_MOVED = "PLAN_YEAR_STATE";

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private static final String PREFIX = "checkpoint-";

	private static final String SUFFIX = ".json";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AuditStore store;

	private final AuditKeys keys;

	private final Path directory;

	private final JsonMapper json;

	AuditCheckpoints(AuditStore store, AuditKeys keys, AuditFiles files, JsonMapper json) {
		this.store = store;
		this.keys = keys;
		this.directory = files.checkpointDirectory();
		this.json = json;
	}

	/** Signs where every lane stands now and appends it to the directory. */
	public Checkpoint write(String reason) {
		List<Checkpoint.Lane> lanes = store.heads()
			.stream()
			.map(h -> new Checkpoint.Lane(h.lane(), h.lastSeq(), h.lastHash()))
			.toList();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String file = PREFIX + String.format("%015d", now.toEpochMilli()) + "-" + HexFormat.of().toHexDigits(RANDOM.nextInt())
				+ SUFFIX;
		Checkpoint unsigned = new Checkpoint(file, now.toString(), reason, keys.publicKeyId(), lanes, null);
		Checkpoint signed = new Checkpoint(file, unsigned.writtenAt(), reason, unsigned.keyId(), lanes,
				Base64.getEncoder().encodeToString(keys.sign(unsigned.signedBytes())));
		try {
			Files.createDirectories(directory);
			Path path = directory.resolve(file);
			Files.write(path, json.writeValueAsBytes(signed), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			readOnly(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write an audit checkpoint into " + directory.toAbsolutePath(), ex);
		}
		return signed;
	}

	/** Writes a checkpoint unless the newest one already shows the lanes where they stand. */
	public Optional<Checkpoint> writeIfMoved(String reason) {
		Optional<Checkpoint> newest = list().stream().reduce((first, second) -> second);
		List<Checkpoint.Lane> now = store.heads()
			.stream()
			.map(h -> new Checkpoint.Lane(h.lane(), h.lastSeq(), h.lastHash()))
			.toList();
		if (newest.isPresent() && newest.get().lanes().equals(now)) {
			return Optional.empty();
		}
		return Optional.of(write(reason));
	}

	/** The directory checkpoints are appended to. */
	public Path directory() {
		return directory;
	}

	/** Every checkpoint of the directory, oldest first. */
	public List<Checkpoint> list() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<Checkpoint> all = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
			for (Path file : files) {
				Checkpoint read = json.readValue(Files.readAllBytes(file), Checkpoint.class);
				all.add(new Checkpoint(file.getFileName().toString(), read.writtenAt(), read.reason(), read.keyId(),
						read.lanes(), read.signature()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the audit checkpoints in " + directory.toAbsolutePath(), ex);
		}
		all.sort(Comparator.comparing(Checkpoint::file));
		return all;
	}

	/** Whether the checkpoint carries a valid signature of this installation's checkpoint key. */
	boolean isGenuine(Checkpoint checkpoint) {
		if (checkpoint.signature() == null || !keys.publicKeyId().equals(checkpoint.keyId())) {
			return false;
		}
		try {
			return keys.verify(checkpoint.signedBytes(), Base64.getDecoder().decode(checkpoint.signature()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The public key that checks the checkpoints, PEM encoded. */
	public String publicKeyPem() {
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(keys.publicKey())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	/** A server seals the trail as it finds it; a command of the command line writes no checkpoint. */
	@EventListener(WebServerInitializedEvent.class)
	void atStart() {
		safely("start");
	}

	@Scheduled(fixedDelayString = "${pledgeboard.audit.checkpoint-interval:PT10M}",
			initialDelayString = "${pledgeboard.audit.checkpoint-interval:PT10M}")
	void periodically() {
		safely("periodic");
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterPlanYearMove(AuditEvent event) {
		if (PLAN_YEAR_MOVED.equals(event.action())) {
			try {
				write("plan-year " + event.entityId());
			}
			catch (RuntimeException ex) {
				log.error("The plan year {} moved, but no audit checkpoint could be written", event.entityId(), ex);
			}
		}
	}

	private void safely(String reason) {
		try {
			writeIfMoved(reason);
		}
		catch (RuntimeException ex) {
			log.error("No audit checkpoint could be written ({})", reason, ex);
		}
	}

	private static void readOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: its own access rules apply.
		}
	}

}
