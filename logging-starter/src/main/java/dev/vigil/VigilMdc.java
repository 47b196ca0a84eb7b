package dev.vigil;

/**
 * The MDC keys Vigil puts values under, for every feature that writes or reads them and for
 * an application's own log patterns ({@code %X{requestId}}).
 *
 * @author Vigil
 */
public final class VigilMdc {

	/**
	 * MDC key of the request id, while a request is served.
	 */
	public static final String REQUEST_ID = "requestId";

	/**
	 * MDC key of the incoming request id kept beside the request's own with
	 * {@code vigil.requests.incoming-request-id=keep-separate}.
	 */
	public static final String INCOMING_REQUEST_ID = "incomingRequestId";

	/**
	 * MDC key of the id of the error being logged, while its one log entry is written.
	 */
	public static final String ERROR_ID = "errorId";

	/**
	 * MDC key under which Micrometer Tracing (and with it Spring Boot's tracing support) keeps
	 * the id of the current trace. Vigil only reads it: it is there when a tracing bridge is
	 * active, and absent otherwise.
	 */
	public static final String TRACE_ID = "traceId";

	/**
	 * MDC key under which Micrometer Tracing keeps the id of the current span; read only, like
	 * {@link #TRACE_ID}.
	 */
	public static final String SPAN_ID = "spanId";

	private VigilMdc() {
	}

}
