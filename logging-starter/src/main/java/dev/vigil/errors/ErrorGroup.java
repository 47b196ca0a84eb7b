package dev.vigil.errors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.vigil.ErrorFingerprint;
import org.jspecify.annotations.Nullable;

/**
 * Occurrences of one failure, grouped by {@link ErrorFingerprint fingerprint}, as kept by the
 * {@link ErrorRegistry}: failures of HTTP requests and ERROR events of any logger.
 *
 * @param fingerprint the fingerprint shared by the occurrences
 * @param label a short human label such as {@code IllegalStateException at OrderService.place}
 * or, without an exception, {@code PaymentJob: Payment {} failed}
 * @param exception the fully qualified class name of the last exception, {@code null} for an
 * ERROR event logged without one
 * @param status the response status of the last occurrence, {@code null} when it was not a
 * failed request
 * @param count the number of occurrences since the group was first seen
 * @param firstSeen when the first occurrence was recorded
 * @param lastSeen when the last occurrence was recorded
 * @param lastErrorId the error id of the last occurrence, as logged and sent to the client,
 * {@code null} when it was not a failed request
 * @param lastMessage the message of the last exception (else of the log entry), control
 * characters escaped, at most 500 characters
 * @param sampleStackTrace the stack trace of the first occurrence, at most 50 frames and 8KB,
 * {@code null} without an exception
 * @param lastLogger the logger of the last occurrence
 * @param lastThread the thread of the last occurrence
 * @param lastRequest the failed request of the last occurrence, {@code null} when the error
 * was logged outside of one
 * @param lastTraceId the trace id of the last occurrence, {@code null} when it was logged
 * outside of a trace
 * @param recentOccurrences the last {@value #RECENT_OCCURRENCES} occurrences, the most recent
 * first
 * @param perMinute the occurrences per minute over the last hour
 * @author Vigil
 */
public record ErrorGroup(String fingerprint, String label, @Nullable String exception, @Nullable Integer status,
		long count, Instant firstSeen, Instant lastSeen, @Nullable String lastErrorId, @Nullable String lastMessage,
		@Nullable String sampleStackTrace, String lastLogger, String lastThread,
		ErrorEvent.@Nullable Request lastRequest, @Nullable String lastTraceId,
		List<ErrorOccurrence> recentOccurrences, MinuteCounts perMinute) {

	/**
	 * The number of occurrences a group keeps in {@link #recentOccurrences()}.
	 */
	public static final int RECENT_OCCURRENCES = 10;

	static ErrorGroup first(ErrorEvent event, Instant at) {
		ErrorEvent.Request request = event.request();
		return new ErrorGroup(event.fingerprint(), event.label(), exceptionClass(event),
				(request != null) ? request.status() : null, 1, at, at, (request != null) ? request.errorId() : null,
				event.message(), (event.exception() != null) ? ExceptionText.stackTrace(event.exception()) : null,
				event.logger(), event.thread(), request, event.traceId(), List.of(ErrorOccurrence.of(event, at)),
				MinuteCounts.one(at));
	}

	ErrorGroup occurredAgain(ErrorEvent event, Instant at) {
		ErrorEvent.Request request = event.request();
		return new ErrorGroup(this.fingerprint, this.label, exceptionClass(event),
				(request != null) ? request.status() : null, this.count + 1, this.firstSeen, at,
				(request != null) ? request.errorId() : null, event.message(), this.sampleStackTrace, event.logger(),
				event.thread(), request, event.traceId(), withRecent(ErrorOccurrence.of(event, at)),
				this.perMinute.plusOne(at));
	}

	private List<ErrorOccurrence> withRecent(ErrorOccurrence occurrence) {
		List<ErrorOccurrence> recent = new ArrayList<>(RECENT_OCCURRENCES);
		recent.add(occurrence);
		recent.addAll(this.recentOccurrences.subList(0,
				Math.min(this.recentOccurrences.size(), RECENT_OCCURRENCES - 1)));
		return List.copyOf(recent);
	}

	private static @Nullable String exceptionClass(ErrorEvent event) {
		return (event.exception() != null) ? event.exception().getClass().getName() : null;
	}

}
