package dev.vigil.requests;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.vigil.ControlCharacters;
import dev.vigil.ErrorId;
import dev.vigil.VigilMdc;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without Vigil's error handling: logs an exception that escaped everything else at ERROR,
 * once, and answers it with a 500 problem response (RFC 9457, {@code application/problem+json})
 * that reveals nothing about the failure but the ids that find its log entry.
 */
class FallbackErrorResponse implements UnhandledExceptionResponder {

	// Outside dev.vigil.requests, whose lines may be routed to the files only: a failure must
	// reach every appender (console, health's error count, e-mail alerts).
	private static final Logger logger = LoggerFactory.getLogger("dev.vigil.errors");

	private final JsonMapper jsonMapper;

	FallbackErrorResponse(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void respond(HttpServletRequest request, HttpServletResponse response, Throwable exception,
			String requestId) throws IOException {
		String errorId = ErrorId.next();
		MDC.put(VigilMdc.ERROR_ID, errorId);
		try {
			logger.error("Unhandled exception errorId={} requestId={} {} {}", errorId, requestId,
					ControlCharacters.escape(request.getMethod()), ControlCharacters.escape(request.getRequestURI()),
					exception);
		}
		finally {
			MDC.remove(VigilMdc.ERROR_ID);
		}
		if (!response.isCommitted()) {
			write(request, response, errorId, requestId);
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, String errorId, String requestId)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Internal Server Error");
		problem.put("status", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		problem.put("detail", "An unexpected error occurred. Reference: " + errorId);
		problem.put("instance", request.getRequestURI());
		problem.put("errorId", errorId);
		problem.put("requestId", requestId);
		problem.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
		UnhandledExceptionResponder.writeProblem(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
				this.jsonMapper.writeValueAsBytes(problem));
	}

}
