package com.pledgeboard.portal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document ({@code /api/docs}) says about the API as a whole: its title, version,
 * licence (the open-data licence of {@link OpenDataLicence}), the server it is served from, the
 * security it declares, and on every operation the 4xx answers it can give (RFC 9457 problem details
 * for the years' reads). Every operation of {@code /api/v1} is a public read and declares so
 * ({@code security: []}). The API has no writes: the back office's (HTML forms under {@code /admin},
 * signed in by the session cookie, each POST with its CSRF token) are not part of it, so the document
 * declares no security scheme, which Redocly would rightly flag as unused.
 */
@Configuration
class OpenApiConfig {

	static final String PROBLEM = "ProblemDetail";

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI pledgeboardOpenApi(OpenDataLicence licence) {
		return new OpenAPI()
			.info(new Info().title("Pledgeboard public API (承诺晒台公开接口)")
				.version("1.0.0")
				.description("Read-only, no sign-in: published plan years of a region with their categories, "
						+ "departments, commitments (承诺事项), targets, approved progress and status lights, "
						+ "difficulty calibration and, once a year is closed, scores, ranks and grades; and the audit "
						+ "trail's signed checkpoints. Years not yet published answer 404. No operation needs "
						+ "authentication and none writes; the back office (sign-in with a session cookie, a CSRF "
						+ "token on every write) is not part of this API. The data is published under "
						+ licence.name() + ".")
				.license(new License().name(licence.name()).url(licence.url())))
			.servers(List.of(new Server().url("/").description("The server that serves this document")));
	}

	/** Every operation: a public read, declaring no security, with its 4xx answers. */
	@Bean
	OpenApiCustomizer declaredSecurityAndProblems() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				operation.setSecurity(List.of());
				if (path.startsWith("/api/v1/years/")) {
					operation.getResponses()
						.addApiResponse("400", problem("A parameter is malformed, e.g. a year or number that is not one"))
						.addApiResponse("404", problem("No published plan year, department, commitment or score "
								+ "answers to these parameters"));
				}
				else {
					operation.getResponses().addApiResponse("406", new ApiResponse()
						.description("The Accept header asks for a type this operation does not produce"));
				}
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.properties(Map.of("type", new StringSchema().format("uri"), "title", new StringSchema(), "status",
					new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema().format("uri")));
	}

}
