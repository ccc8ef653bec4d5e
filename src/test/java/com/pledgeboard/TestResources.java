package com.pledgeboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test fixtures from the test classpath.
 */
public final class TestResources {

	private TestResources() {
	}

	public static byte[] bytes(String path) {
		try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

}
