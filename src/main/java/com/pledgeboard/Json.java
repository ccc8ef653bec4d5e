package com.pledgeboard;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the application, for the web layer and the command line alike:
 * decimals written plainly (30000000000, not 3E+10) and Chinese left unescaped.
 */
public final class Json {

	private Json() {
	}

	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		return builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
	}

	/** A mapper for the command line, which prints indented documents. */
	public static JsonMapper forCommandLine() {
		return configure(JsonMapper.builder()).enable(SerializationFeature.INDENT_OUTPUT).build();
	}

}
