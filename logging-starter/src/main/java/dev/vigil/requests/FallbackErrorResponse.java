package dev.vigil.requests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request whose exception escaped everything else with a 500 problem response
 * (RFC 9457, {@code application/problem+json}) that reveals nothing about the failure but the
 * ids that find its log entry.
 */
class FallbackErrorResponse {

	static final String CONTENT_TYPE = "application/problem+json";

	private final JsonMapper jsonMapper;

	private final String requestIdHeader;

	FallbackErrorResponse(JsonMapper jsonMapper, String requestIdHeader) {
		this.jsonMapper = jsonMapper;
		this.requestIdHeader = requestIdHeader;
	}

	/**
	 * Replaces whatever the application had started to answer (status, headers and buffered
	 * body) by the problem response.
	 * @param request the failed request
	 * @param response its response, not yet committed
	 * @param errorId the id of the logged failure
	 * @param requestId the id of the request
	 * @throws IOException if the response cannot be written
	 */
	void write(HttpServletRequest request, HttpServletResponse response, String errorId, String requestId)
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
		byte[] body = this.jsonMapper.writeValueAsBytes(problem);
		response.reset();
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		response.setHeader(this.requestIdHeader, requestId);
		// JSON is UTF-8 by definition: no charset parameter, as Spring writes problem responses
		response.setContentType(CONTENT_TYPE);
		response.setContentLength(body.length);
		try {
			OutputStream out = response.getOutputStream();
			out.write(body);
			out.flush();
		}
		catch (IllegalStateException ex) {
			// the application had taken the writer; a container that keeps that choice after reset()
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			response.getWriter().write(new String(body, StandardCharsets.UTF_8));
			response.getWriter().flush();
		}
	}

}
