package dev.vigil.errors;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.vigil.requests.UnhandledExceptionResponder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Answers an exception that escaped the filter chain (caught by the request-logging filter)
 * exactly like one thrown by a controller: the same problem response, one log entry, one
 * occurrence in the registry, one count.
 */
final class ProblemUnhandledExceptionResponder implements UnhandledExceptionResponder {

	private final ProblemResponses responses;

	private final ExceptionStatuses statuses;

	private final JsonMapper jsonMapper;

	ProblemUnhandledExceptionResponder(ProblemResponses responses, ExceptionStatuses statuses,
			JsonMapper jsonMapper) {
		this.responses = responses;
		this.statuses = statuses;
		this.jsonMapper = jsonMapper;
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
		if (entity == null || !(entity.getBody() instanceof ProblemDetail problem)) {
			return;
		}
		entity.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		UnhandledExceptionResponder.writeProblem(response, entity.getStatusCode().value(),
				this.jsonMapper.writeValueAsBytes(members(problem)));
	}

	// The members as Spring MVC writes them: standard ones first, extension members flattened.
	private static Map<String, Object> members(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
			members.put("type", problem.getType().toString());
		}
		putIfPresent(members, "title", problem.getTitle());
		members.put("status", problem.getStatus());
		putIfPresent(members, "detail", problem.getDetail());
		putIfPresent(members, "instance", (problem.getInstance() != null) ? problem.getInstance().toString() : null);
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

	private static void putIfPresent(Map<String, Object> members, String name, Object value) {
		if (value != null) {
			members.put(name, value);
		}
	}

}
