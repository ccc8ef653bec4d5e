package com.pledgeboard.cli;

import com.pledgeboard.PledgeboardApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of a command that needs the database, started on first use and closed when the
 * command ends. No web server, no seed import, and no console logging, so that standard output
 * carries only the command's own output. Changes it makes are audited as the operating system's user.
 */
final class SpringContext {

	private static ConfigurableApplicationContext context;

	private SpringContext() {
	}

	static synchronized <T> T bean(Class<T> type) {
		if (context == null) {
			context = new SpringApplicationBuilder(PledgeboardApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				// As arguments, which win over application.properties; default properties would not.
				.run("--pledgeboard.seed.enabled=false", "--logging.threshold.console=OFF",
						"--pledgeboard.audit.process-actor=cli:" + System.getProperty("user.name"));
		}
		return context.getBean(type);
	}

	static synchronized void close() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

}
