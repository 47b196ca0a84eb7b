package dev.vigil.errors;

import java.io.IOException;

import dev.vigil.requests.UnhandledExceptionResponder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Answers an exception that escaped the filter chain (caught by the request-logging filter)
 * exactly like one thrown by a controller: the same problem response, one log entry, one
 * occurrence in the registry, one count.
 */
final class ProblemUnhandledExceptionResponder implements UnhandledExceptionResponder {

	private final ProblemResponses responses;

	private final ExceptionStatuses statuses;

	private final ProblemJson json;

	ProblemUnhandledExceptionResponder(ProblemResponses responses, ExceptionStatuses statuses,
			JsonMapper jsonMapper) {
		this.responses = responses;
		this.statuses = statuses;
		this.json = new ProblemJson(jsonMapper);
	}

	@Override
	public void respond(HttpServletRequest request, HttpServletResponse response, Throwable exception,
			String requestId) throws IOException {
		Throwable failure = exception;
		// DispatcherServlet wraps what escaped it: the cause is the application's exception
		while (failure instanceof ServletException && failure.getCause() != null) {
			failure = failure.getCause();
		}
		ExceptionStatuses.Mapping mapping = this.statuses.map(failure);
		ResponseEntity<Object> entity = this.responses.respond(failure, mapping.status(), mapping.body(null),
				new HttpHeaders(), request, response);
		if (entity != null) {
			this.json.write(response, entity);
		}
	}

}
