package dev.vigil.errors;

import java.time.Instant;

import dev.vigil.ErrorFingerprint;
import org.jspecify.annotations.Nullable;

/**
 * One ERROR event of the application, as every {@link ErrorEventListener} gets it: from a
 * failed HTTP request or from any logger (a scheduled job, a listener, a startup runner),
 * with its {@link ErrorFingerprint fingerprint} computed once.
 *
 * @param fingerprint groups occurrences of the same failure: that of the exception, or, for
 * an event without one, that of its logger and message template
 * @param label a short human label such as {@code IllegalStateException at OrderService.place}
 * @param exception the exception logged with the event, if any
 * @param message the message of the exception, else the formatted log message; control
 * characters escaped, at most 500 characters
 * @param logger the name of the logger
 * @param thread the name of the thread that logged the event
 * @param timestamp when the event was logged
 * @param request the failed request the event reports, if it reports one
 * @param traceId the id of the trace the event was logged in (the MDC's {@code traceId} of a
 * tracing bridge), {@code null} without tracing
 * @author Vigil
 */
public record ErrorEvent(String fingerprint, String label, @Nullable Throwable exception, @Nullable String message,
		String logger, String thread, Instant timestamp, @Nullable Request request, @Nullable String traceId) {

	/**
	 * An event logged outside of a trace.
	 * @param fingerprint groups occurrences of the same failure
	 * @param label a short human label
	 * @param exception the exception logged with the event, if any
	 * @param message the message of the exception, else the formatted log message
	 * @param logger the name of the logger
	 * @param thread the name of the thread that logged the event
	 * @param timestamp when the event was logged
	 * @param request the failed request the event reports, if it reports one
	 */
	public ErrorEvent(String fingerprint, String label, @Nullable Throwable exception, @Nullable String message,
			String logger, String thread, Instant timestamp, @Nullable Request request) {
		this(fingerprint, label, exception, message, logger, thread, timestamp, request, null);
	}

	/**
	 * The simple class name of the exception.
	 * @return the name, or {@code None} without an exception
	 */
	public String exceptionName() {
		return (this.exception != null) ? this.exception.getClass().getSimpleName() : "None";
	}

	/**
	 * The failed request an ERROR event reports.
	 *
	 * @param method the HTTP method, {@code null} when the request is no longer known
	 * @param path the path, control characters escaped, {@code null} when the request is no
	 * longer known
	 * @param status the response status
	 * @param requestId the request id, if any
	 * @param errorId the error id sent to the client and logged
	 */
	public record Request(@Nullable String method, @Nullable String path, int status, @Nullable String requestId,
			String errorId) {

	}

}
