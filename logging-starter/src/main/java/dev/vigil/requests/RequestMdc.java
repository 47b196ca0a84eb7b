package dev.vigil.requests;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import dev.vigil.VigilMdc;

/**
 * The request id, and the incoming id kept beside it, in the MDC while a request is served on
 * a thread; closing puts back what the thread had there before. A line written after the
 * request's trace has ended on this thread (when the container ends the request, at the end of
 * an async request) gets the trace and span id the request was served with back too.
 */
final class RequestMdc implements AutoCloseable {

	private final @Nullable String previousRequestId;

	private final @Nullable String previousIncomingId;

	private final @Nullable String previousTraceId;

	private final @Nullable String previousSpanId;

	private RequestMdc(String requestId, @Nullable String incomingId, @Nullable Trace trace) {
		this.previousRequestId = MDC.get(VigilMdc.REQUEST_ID);
		this.previousIncomingId = MDC.get(VigilMdc.INCOMING_REQUEST_ID);
		this.previousTraceId = MDC.get(VigilMdc.TRACE_ID);
		this.previousSpanId = MDC.get(VigilMdc.SPAN_ID);
		MDC.put(VigilMdc.REQUEST_ID, requestId);
		put(VigilMdc.INCOMING_REQUEST_ID, incomingId);
		if (trace != null) {
			put(VigilMdc.TRACE_ID, trace.traceId());
			put(VigilMdc.SPAN_ID, trace.spanId());
		}
	}

	static RequestMdc open(String requestId, @Nullable String incomingId) {
		return new RequestMdc(requestId, incomingId, null);
	}

	/**
	 * Opens the MDC of a request again, with the trace it was served in.
	 */
	static RequestMdc reopen(String requestId, @Nullable String incomingId, Trace trace) {
		return new RequestMdc(requestId, incomingId, trace);
	}

	@Override
	public void close() {
		put(VigilMdc.REQUEST_ID, this.previousRequestId);
		put(VigilMdc.INCOMING_REQUEST_ID, this.previousIncomingId);
		put(VigilMdc.TRACE_ID, this.previousTraceId);
		put(VigilMdc.SPAN_ID, this.previousSpanId);
	}

	private static void put(String key, @Nullable String value) {
		if (value != null) {
			MDC.put(key, value);
		}
		else {
			MDC.remove(key);
		}
	}

	/**
	 * The trace and span id a tracing bridge had in the MDC when the request was served, both
	 * {@code null} without tracing.
	 */
	record Trace(@Nullable String traceId, @Nullable String spanId) {

		static Trace current() {
			return new Trace(MDC.get(VigilMdc.TRACE_ID), MDC.get(VigilMdc.SPAN_ID));
		}

	}

}
