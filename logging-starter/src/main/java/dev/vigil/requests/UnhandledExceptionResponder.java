package dev.vigil.requests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reports an exception that escaped every other filter and handler of a request, once, and
 * answers the request when the response is not committed yet. The {@link RequestLogFilter}
 * has already reset the response (keeping only the request id header) before calling it.
 * <p>
 * Vigil's error handling provides one that answers with the same problem responses as the
 * rest of the application and records the failure in the error registry; without it, a plain
 * 500 problem response is written. Declare a bean of this type to replace both.
 *
 * @author Vigil
 */
@FunctionalInterface
public interface UnhandledExceptionResponder {

	/**
	 * Logs the failure once and answers it if the response is not committed.
	 * @param request the failed request
	 * @param response its response
	 * @param exception the exception that escaped
	 * @param requestId the id of the request
	 * @throws IOException if the response cannot be written
	 */
	void respond(HttpServletRequest request, HttpServletResponse response, Throwable exception, String requestId)
			throws IOException;

	/**
	 * Writes a problem response body ({@code application/problem+json}, UTF-8 by definition
	 * of JSON, so without a charset parameter, as Spring MVC writes problem responses).
	 * @param response the response, not committed
	 * @param status the status to answer with
	 * @param json the problem as JSON
	 * @throws IOException if the body cannot be written
	 */
	static void writeProblem(HttpServletResponse response, int status, byte[] json) throws IOException {
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

}
