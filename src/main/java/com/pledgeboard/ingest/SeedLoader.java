package com.pledgeboard.ingest;


import com.pledgeboard.catalogue.Catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * On first start with an empty database, imports the bundled seed table as a published plan year,
 * so that a new user sees a real table at once. The seed was published, hence {@code PUBLISHED}. It
 * runs as a lifecycle of an earlier phase than the web server's, so the seed is in place before the
 * first request is served rather than a moment after.
 */
@Component
@ConditionalOnProperty(name = "pledgeboard.seed.enabled", havingValue = "true")
class SeedLoader implements SmartLifecycle {

	/** Before the web server, which starts at {@code DEFAULT_PHASE - 1024}. */
	private static final int BEFORE_THE_WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 2048;

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final Catalogue catalogue;

	private final TableImporter importer;

	private final Resource seed;

	private final String region;

	private final int year;

	SeedLoader(Catalogue catalogue, TableImporter importer, @Value("${pledgeboard.seed.resource}") Resource seed,
			@Value("${pledgeboard.seed.region}") String region, @Value("${pledgeboard.seed.year}") int year) {
		this.catalogue = catalogue;
		this.importer = importer;
		this.seed = seed;
		this.region = region;
		this.year = year;
	}

	private volatile boolean running;

	@Override
	public int getPhase() {
		return BEFORE_THE_WEB_SERVER;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public void start() {
		running = true;
		if (catalogue.hasAnyPlanYear()) {
			return;
		}
		ImportResult result = importer.importPublished(seed, region, year);
		log.info("Imported the seed table {} as plan year {} of {}: {} departments, {} commitments",
				seed.getFilename(), year, region, result.preview().table().departments().size(),
				result.preview().commitmentCount());
	}

}
