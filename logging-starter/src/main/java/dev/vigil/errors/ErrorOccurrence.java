package dev.vigil.errors;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One occurrence of an {@link ErrorGroup}, as the registry keeps the last few of each group.
 *
 * @param timestamp when the occurrence was recorded
 * @param logger the logger of the occurrence
 * @param thread the thread of the occurrence
 * @param message the message of the exception (else of the log entry), control characters
 * escaped, at most 500 characters
 * @param request the failed request, with its error id and request id, {@code null} when the
 * error was logged outside of one
 * @param traceId the trace the occurrence was logged in, {@code null} without tracing
 * @author Vigil
 */
public record ErrorOccurrence(Instant timestamp, String logger, String thread, @Nullable String message,
		ErrorEvent.@Nullable Request request, @Nullable String traceId) {

	static ErrorOccurrence of(ErrorEvent event, Instant at) {
		return new ErrorOccurrence(at, event.logger(), event.thread(), event.message(), event.request(),
				event.traceId());
	}

}
