package com.pledgeboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The web application. The jar starts through {@code com.pledgeboard.cli.Launcher}, which runs a
 * command when the first argument names one and this application otherwise.
 */
@SpringBootApplication
public class PledgeboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgeboardApplication.class, args);
	}

	@Bean
	JsonMapperBuilderCustomizer pledgeboardJson() {
		return Json::configure;
	}

}
