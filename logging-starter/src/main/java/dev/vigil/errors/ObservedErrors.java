package dev.vigil.errors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Keeps an exception that Vigil answered on Spring Boot's {@code http.server.requests}
 * observation, where it would have been had it escaped Spring MVC. Called only for a plain 500,
 * as Spring MVC's own {@code ResponseEntityExceptionHandler} does: 4xx and other statuses are
 * tagged {@code exception=none} with Vigil as without it. Its own class, so that Micrometer's
 * observation types are loaded when a failure is recorded, not when the error handling is.
 */
final class ObservedErrors {

	private ObservedErrors() {
	}

	static void record(Throwable exception, HttpServletRequest request) {
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setError(exception));
	}

}
