package dev.vigil.requests;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * The line of a request that is written later than the pass of the filter that served it: at
 * the end of an async request, or when the container ends the request after an error
 * dispatch. Written with the request id, and the trace id the request was served in, in the
 * MDC, on whichever thread that happens.
 */
final class PendingLine {

	private final RequestLineLogger lines;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final long start;

	private final String requestId;

	private final @Nullable String incomingId;

	private final RequestMdc.Trace trace;

	PendingLine(RequestLineLogger lines, HttpServletRequest request, HttpServletResponse response, long start,
			String requestId, @Nullable String incomingId, RequestMdc.Trace trace) {
		this.lines = lines;
		this.request = request;
		this.response = response;
		this.start = start;
		this.requestId = requestId;
		this.incomingId = incomingId;
		this.trace = trace;
	}

	void write() {
		try (RequestMdc mdc = RequestMdc.reopen(this.requestId, this.incomingId, this.trace)) {
			this.lines.log(this.request, this.response, this.start, this.requestId, this.incomingId);
		}
	}

}
