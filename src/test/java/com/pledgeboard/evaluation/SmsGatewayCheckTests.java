package com.pledgeboard.evaluation;

import com.pledgeboard.PledgeboardApplication;
import com.pledgeboard.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server refuses to start on PostgreSQL with the logging SMS gateway, which sends no code. */
class SmsGatewayCheckTests {

	@Test
	void shouldRefuseToStartOnPostgresqlWithTheLoggingGateway() {
		String database = EmbeddedPostgresServer.newDatabase();
		assertThatThrownBy(() -> new SpringApplicationBuilder(PledgeboardApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--pledgeboard.seed.enabled=false").close())
			.hasStackTraceContaining("The logging SMS gateway")
			.hasStackTraceContaining("not PostgreSQL");
	}

}
