package dev.vigil.requests;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import dev.vigil.VigilMdc;

/**
 * The request id, and the incoming id kept beside it, in the MDC while a request is served on
 * a thread; closing puts back what the thread had there before.
 */
final class RequestMdc implements AutoCloseable {

	private final @Nullable String previousRequestId;

	private final @Nullable String previousIncomingId;

	private RequestMdc(String requestId, @Nullable String incomingId) {
		this.previousRequestId = MDC.get(VigilMdc.REQUEST_ID);
		this.previousIncomingId = MDC.get(VigilMdc.INCOMING_REQUEST_ID);
		MDC.put(VigilMdc.REQUEST_ID, requestId);
		put(VigilMdc.INCOMING_REQUEST_ID, incomingId);
	}

	static RequestMdc open(String requestId, @Nullable String incomingId) {
		return new RequestMdc(requestId, incomingId);
	}

	@Override
	public void close() {
		put(VigilMdc.REQUEST_ID, this.previousRequestId);
		put(VigilMdc.INCOMING_REQUEST_ID, this.previousIncomingId);
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
