package dev.vigil.requests;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * The line of a request that is written later than the pass of the filter that served it: at
 * the end of an async request, or when the container ends the request after an error
 * dispatch. Written with the request id in the MDC, on whichever thread that happens.
 */
final class PendingLine {

	private final RequestLineLogger lines;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final long start;

	private final String requestId;

	PendingLine(RequestLineLogger lines, HttpServletRequest request, HttpServletResponse response, long start,
			String requestId) {
		this.lines = lines;
		this.request = request;
		this.response = response;
		this.start = start;
		this.requestId = requestId;
	}

	void write() {
		String previous = MDC.get(RequestLogFilter.MDC_KEY);
		MDC.put(RequestLogFilter.MDC_KEY, this.requestId);
		try {
			this.lines.log(this.request, this.response, this.start, this.requestId);
		}
		finally {
			RequestLogFilter.restore(previous);
		}
	}

}
