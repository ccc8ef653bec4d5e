package com.pledgeboard.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the audit trail, read from a key file that the database never holds: the HMAC keys that
 * make each entry's hash ({@code hmac.<id>}, the one named {@code current} signs new entries, older
 * ones stay to verify what they signed) and the Ed25519 key pair that signs checkpoints. The file is
 * created with fresh random keys, readable by its owner alone, when it does not exist (the embedded
 * default, under {@code ./data/audit}); in production it is mounted from a secret store.
 * {@link #rotate()} adds a new HMAC key and makes it current.
 */
public final class AuditKeys {

	private static final String CURRENT = "current";

	private static final String HMAC_PREFIX = "hmac.";

	private static final String SIGNING_PRIVATE = "checkpoint.private";

	private static final String SIGNING_PUBLIC = "checkpoint.public";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path file;

	private volatile Loaded loaded;

	private record Loaded(String currentId, Map<String, SecretKey> hmac, PrivateKey signing, PublicKey verifying) {
	}

	private AuditKeys(Path file, Loaded loaded) {
		this.file = file;
		this.loaded = loaded;
	}

	/** The keys of the file, which is first created with new keys if it does not exist. */
	static AuditKeys loadOrCreate(Path file) {
		if (!Files.exists(file)) {
			Properties fresh = new Properties();
			fresh.setProperty(CURRENT, "k1");
			fresh.setProperty(HMAC_PREFIX + "k1", newSecret());
			KeyPair pair = ed25519();
			fresh.setProperty(SIGNING_PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
			fresh.setProperty(SIGNING_PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
			try {
				create(file, fresh);
			}
			catch (FileAlreadyExistsException ex) {
				// Another process created it first: use its keys.
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create the audit key file " + file.toAbsolutePath(), ex);
			}
		}
		return new AuditKeys(file, read(file));
	}

	/** The id of the key that signs new entries. */
	public String currentKeyId() {
		return loaded.currentId();
	}

	SecretKey currentKey() {
		Loaded keys = loaded;
		return keys.hmac().get(keys.currentId());
	}

	Optional<SecretKey> key(String id) {
		return Optional.ofNullable(loaded.hmac().get(id));
	}

	/**
	 * Adds a new random HMAC key to the file and makes it the current one; the older keys stay, so that
	 * the entries they signed still verify. A running server signs with the new key after its restart.
	 * @return the new key's id
	 */
	public synchronized String rotate() {
		Properties properties = properties(file);
		int next = 1;
		while (properties.containsKey(HMAC_PREFIX + "k" + next)) {
			next++;
		}
		String id = "k" + next;
		properties.setProperty(HMAC_PREFIX + id, newSecret());
		properties.setProperty(CURRENT, id);
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		try {
			Files.deleteIfExists(temporary);
			create(temporary, properties);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the audit key file " + file.toAbsolutePath(), ex);
		}
		loaded = read(file);
		return id;
	}

	byte[] sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(loaded.signing());
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign a checkpoint with Ed25519", ex);
		}
	}

	/** The public key that checks checkpoints, X.509 (SubjectPublicKeyInfo) encoded. */
	byte[] publicKey() {
		return loaded.verifying().getEncoded();
	}

	/** Short name of the public key: the first 16 hex digits of the SHA-256 of its encoding. */
	String publicKeyId() {
		return fingerprint(publicKey());
	}

	static String fingerprint(byte[] encodedPublicKey) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encodedPublicKey), 0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether {@code signature} is this key pair's Ed25519 signature of {@code data}. */
	boolean verify(byte[] data, byte[] signature) {
		try {
			Signature check = Signature.getInstance("Ed25519");
			check.initVerify(loaded.verifying());
			check.update(data);
			return check.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static Loaded read(Path file) {
		Properties properties = properties(file);
		Map<String, SecretKey> hmac = new TreeMap<>();
		for (String name : properties.stringPropertyNames()) {
			if (name.startsWith(HMAC_PREFIX)) {
				hmac.put(name.substring(HMAC_PREFIX.length()),
						new SecretKeySpec(Base64.getDecoder().decode(properties.getProperty(name).strip()), ChainHash.HMAC));
			}
		}
		String current = properties.getProperty(CURRENT, "").strip();
		if (!hmac.containsKey(current)) {
			throw new IllegalStateException("the audit key file " + file.toAbsolutePath() + " names current key '"
					+ current + "' but holds no " + HMAC_PREFIX + current);
		}
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			PrivateKey signing = factory.generatePrivate(
					new PKCS8EncodedKeySpec(Base64.getDecoder().decode(required(properties, SIGNING_PRIVATE, file))));
			PublicKey verifying = factory.generatePublic(
					new X509EncodedKeySpec(Base64.getDecoder().decode(required(properties, SIGNING_PUBLIC, file))));
			return new Loaded(current, Map.copyOf(hmac), signing, verifying);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("the audit key file " + file.toAbsolutePath()
					+ " holds no usable Ed25519 checkpoint key", ex);
		}
	}

	private static String required(Properties properties, String name, Path file) {
		String value = properties.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("the audit key file " + file.toAbsolutePath() + " has no " + name);
		}
		return value.strip();
	}

	private static Properties properties(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the audit key file " + file.toAbsolutePath(), ex);
		}
		return properties;
	}

	private static void create(Path file, Properties properties) throws IOException {
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
			ownerOnly(file);
			properties.store(writer, "Pledgeboard audit keys: keep outside the database and its backups; "
					+ "losing them makes the trail unverifiable");
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: its own access rules apply.
		}
	}

	private static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
	}

	private static KeyPair ed25519() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Java 15 and later have Ed25519", ex);
		}
	}

}
