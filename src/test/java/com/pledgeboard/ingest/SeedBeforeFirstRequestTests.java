package com.pledgeboard.ingest;

import java.util.concurrent.atomic.AtomicReference;

import com.pledgeboard.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a first start the seed is in place before the web server takes its first request: asked at the
 * moment the server starts listening, the catalogue already holds the seed year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pledgeboard.test.context=seed-before-server")
class SeedBeforeFirstRequestTests {

	/** Whether the seed year was there when the server started listening; {@code null} until it did. */
	static final AtomicReference<Boolean> SEEDED_WHEN_LISTENING = new AtomicReference<>();

	@TestConfiguration
	static class Watch {

		@Bean
		ApplicationListener<WebServerInitializedEvent> seededWhenListening(Catalogue catalogue) {
			return event -> SEEDED_WHEN_LISTENING.set(catalogue.findPlanYear("330500", 2022).isPresent());
		}

	}

	@Autowired
	Catalogue catalogue;

	@Test
	void shouldHaveTheSeedInPlaceBeforeTheServerListens() {
		assertThat(SEEDED_WHEN_LISTENING.get()).isTrue();
		assertThat(catalogue.findPlanYear("330500", 2022)).isPresent();
	}

}
