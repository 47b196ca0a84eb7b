package dev.vigil.requests;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reports an exception that escaped every other filter and handler of a request, once, and
 * answers the request when the response is not committed yet. The {@link RequestLogFilter}
 * has already reset the response (keeping only the request id header) before calling it.
 * <p>
 * Vigil's error handling provides one that answers with the same problem responses as the
 * rest of the application and records the failure in the error registry; declare a bean of
 * this type to replace it. Without one (error handling switched off), the filter leaves the
 * exception to the servlet container, as Spring Boot does: the container logs it and forwards
 * to the error page.
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

}
