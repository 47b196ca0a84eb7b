package dev.vigil.requests;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * Writes the line of an async request when it completes, with its final status and whole
 * duration, on whichever thread the container completes it.
 */
final class AsyncCompletion implements AsyncListener {

	private final RequestLineLogger lines;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final long start;

	private final String requestId;

	AsyncCompletion(RequestLineLogger lines, HttpServletRequest request, HttpServletResponse response, long start,
			String requestId) {
		this.lines = lines;
		this.request = request;
		this.response = response;
		this.start = start;
		this.requestId = requestId;
	}

	@Override
	public void onComplete(AsyncEvent event) {
		String previous = MDC.get(RequestLogFilter.MDC_KEY);
		MDC.put(RequestLogFilter.MDC_KEY, this.requestId);
		try {
			this.lines.log(this.request, this.response, this.start, this.requestId);
		}
		finally {
			RequestLogFilter.restore(previous);
		}
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// a new async cycle drops the listeners of the previous one
		event.getAsyncContext().addListener(this);
	}

	@Override
	public void onTimeout(AsyncEvent event) {
	}

	@Override
	public void onError(AsyncEvent event) {
	}

}
