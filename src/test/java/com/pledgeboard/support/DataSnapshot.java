package com.pledgeboard.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of what some queries return, row by row: equal before and after a refused request shows
 * that the refusal left the data as it was.
 */
public final class DataSnapshot {

	private DataSnapshot() {
	}

	public static String digest(JdbcClient jdbc, String... queries) {
		StringBuilder rows = new StringBuilder();
		for (String sql : queries) {
			jdbc.sql(sql).query(rs -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					rows.append(rs.getString(i)).append('|');
				}
				rows.append('\n');
			});
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(rows.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
