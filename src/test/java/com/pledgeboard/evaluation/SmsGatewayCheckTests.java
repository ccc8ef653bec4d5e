package com.pledgeboard.evaluation;

import com.pledgeboard.PledgeboardApplication;
import com.pledgeboard.support.EmbeddedPostgresServer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server refuses to start on PostgreSQL with the logging SMS gateway, which sends no code. */
@ExtendWith(OutputCaptureExtension.class)
class SmsGatewayCheckTests {

	/** On the embedded H2 default the server starts, but says loudly that no code is sent. */
	@Test
	void shouldSayLoudlyAtStartThatTheLoggingGatewaySendsNoCode(CapturedOutput output) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:sms-gateway-check");
		new SmsGatewayCheck(new LoggingSmsGateway(), h2).afterSingletonsInstantiated();
		assertThat(output.getOut() + output.getErr()).contains("WARN")
			.contains("The logging SMS gateway is in use: NO one-time code is sent");
	}

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
