package dev.vigil.errors;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Occurrences of one failure, grouped by {@link ErrorFingerprint fingerprint}, as kept by the
 * {@link ErrorRegistry}.
 *
 * @param fingerprint the fingerprint shared by the occurrences
 * @param label a short human label such as {@code IllegalStateException at OrderService.place}
 * @param exception the fully qualified class name of the last exception
 * @param status the response status of the last occurrence
 * @param count the number of occurrences since the group was first seen
 * @param firstSeen when the first occurrence was recorded
 * @param lastSeen when the last occurrence was recorded
 * @param lastErrorId the error id of the last occurrence, as logged and sent to the client
 * @param lastMessage the message of the last exception, control characters escaped, at most
 * 500 characters
 * @param sampleStackTrace the stack trace of the first occurrence, at most 50 frames and 8KB
 * @author Vigil
 */
public record ErrorGroup(String fingerprint, String label, String exception, int status, long count,
		Instant firstSeen, Instant lastSeen, String lastErrorId, @Nullable String lastMessage,
		String sampleStackTrace) {

	ErrorGroup occurredAgain(String exception, int status, Instant at, String errorId, @Nullable String message) {
		return new ErrorGroup(this.fingerprint, this.label, exception, status, this.count + 1, this.firstSeen, at,
				errorId, message, this.sampleStackTrace);
	}

}
