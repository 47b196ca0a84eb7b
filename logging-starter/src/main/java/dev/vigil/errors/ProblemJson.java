package dev.vigil.errors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Writes a problem response outside Spring MVC, with the members as Spring MVC writes them:
 * the one writer of problem bodies for whatever Spring MVC does not answer itself (exceptions
 * escaping the filter chain, Spring Security's refused error dispatch).
 */
final class ProblemJson {

	private final JsonMapper jsonMapper;

	ProblemJson(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	void write(HttpServletResponse response, ResponseEntity<Object> entity) throws IOException {
		if (!(entity.getBody() instanceof ProblemDetail problem)) {
			return;
		}
		entity.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		writeBody(response, entity.getStatusCode().value(), this.jsonMapper.writeValueAsBytes(members(problem)));
	}

	// application/problem+json is UTF-8 by definition of JSON: no charset, as Spring MVC writes it
	private static void writeBody(HttpServletResponse response, int status, byte[] json) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setContentLength(json.length);
		try {
			OutputStream out = response.getOutputStream();
			out.write(json);
			out.flush();
		}
		catch (IllegalStateException ex) {
			// the application had taken the writer before it failed
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			response.getWriter().write(new String(json, StandardCharsets.UTF_8));
			response.getWriter().flush();
		}
	}

	// Standard members first, extension members flattened.
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
