package com.pledgeboard.portal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public API's 4xx answers as RFC 9457 problem details ({@code application/problem+json}), as its
 * OpenAPI document declares; the pages keep their HTML error pages.
 */
@RestControllerAdvice(assignableTypes = { PortalApiController.class, OpenDataController.class })
class ApiProblems {

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "the parameter '" + ex.getName() + "' cannot be read as "
				+ (ex.getRequiredType() == null ? "given" : ex.getRequiredType().getSimpleName()) + ": " + ex.getValue());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
