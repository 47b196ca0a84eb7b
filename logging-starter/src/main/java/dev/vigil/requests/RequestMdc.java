package dev.vigil.requests;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The request id, and the incoming id kept beside it, in the MDC while a request is served on
 * a thread; closing puts back what the thread had there before.
 */
final class RequestMdc implements AutoCloseable {

	private final @Nullable String previousRequestId;

	private final @Nullable String previousIncomingId;

	private RequestMdc(String requestId, @Nullable String incomingId) {
		this.previousRequestId = MDC.get(RequestLogFilter.MDC_KEY);
		this.previousIncomingId = MDC.get(RequestLogFilter.INCOMING_MDC_KEY);
		MDC.put(RequestLogFilter.MDC_KEY, requestId);
		put(RequestLogFilter.INCOMING_MDC_KEY, incomingId);
	}

	static RequestMdc open(String requestId, @Nullable String incomingId) {
		return new RequestMdc(requestId, incomingId);
	}

	@Override
	public void close() {
		put(RequestLogFilter.MDC_KEY, this.previousRequestId);
		put(RequestLogFilter.INCOMING_MDC_KEY, this.previousIncomingId);
	}

	private static void put(String key, @Nullable String value) {
		if (value != null) {
			MDC.put(key, value);
		}
		else {
			MDC.remove(key);
		}
	}

}
