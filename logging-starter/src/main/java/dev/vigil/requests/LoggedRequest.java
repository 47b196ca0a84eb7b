package dev.vigil.requests;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A completed request as its line shows it. Every value taken from the request is already
 * masked by the {@link RequestMasker} and has its control characters and line breaks escaped.
 *
 * @param method the HTTP method
 * @param path the request path, with secret path parameters masked
 * @param query the query string with secret parameters masked, or {@code null} when there is
 * none or {@code vigil.requests.include-query} is off
 * @param status the response status
 * @param duration how long the request took
 * @param client the client's address
 * @param requestId the request id (also in the MDC while the line is written)
 * @param incomingRequestId the incoming request id kept beside the request's own, or
 * {@code null}
 * @param slow whether the request took longer than {@code vigil.requests.slow-threshold}
 * @param headers the request headers as {@code {name=value, …}} with secret headers masked, or
 * {@code null} unless {@code vigil.requests.include-headers} is on
 * @param body the body the application read, masked, or {@code null} when none was read or
 * {@code vigil.requests.include-body} is off
 * @param traceId the id of the trace the request was served in (also in the MDC while the line
 * is written), or {@code null} without tracing
 * @author Vigil
 */
public record LoggedRequest(String method, String path, @Nullable String query, int status, Duration duration,
		String client, String requestId, @Nullable String incomingRequestId, boolean slow, @Nullable String headers,
		@Nullable String body, @Nullable String traceId) {

	/**
	 * A request served outside of a trace.
	 * @param method the HTTP method
	 * @param path the request path, with secret path parameters masked
	 * @param query the query string with secret parameters masked, or {@code null}
	 * @param status the response status
	 * @param duration how long the request took
	 * @param client the client's address
	 * @param requestId the request id
	 * @param incomingRequestId the incoming request id kept beside the request's own, or
	 * {@code null}
	 * @param slow whether the request was slow
	 * @param headers the request headers with secret headers masked, or {@code null}
	 * @param body the body the application read, masked, or {@code null}
	 */
	public LoggedRequest(String method, String path, @Nullable String query, int status, Duration duration,
			String client, String requestId, @Nullable String incomingRequestId, boolean slow, @Nullable String headers,
			@Nullable String body) {
		this(method, path, query, status, duration, client, requestId, incomingRequestId, slow, headers, body, null);
	}

}
