package dev.vigil.alerts;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;

/**
 * One alert, as every channel receives it. The message, the exception and the context lines are
 * the application's own text and may carry user input: a channel escapes them for its format
 * (no line break in a mail header, no markup in a chat message).
 *
 * @param time when the event was logged
 * @param level the level of the event, {@code ERROR} or {@code WARN}
 * @param logger the name of the logger
 * @param thread the thread that logged it
 * @param host the host name of the application
 * @param application the application's name ({@code spring.application.name}), if set
 * @param requestId the id of the request it was logged in, if any
 * @param errorId the id of the error in the problem response, if any
 * @param traceId the trace id of the span the event was logged in, if tracing is active
 * @param fingerprint groups events of the same kind
 * @param label a short human name of the kind
 * @param message the formatted message
 * @param exception the exception's class and message, if any
 * @param stackTrace the stack trace, if any
 * @param context the log lines before it, oldest first
 * @param link the event on Vigil's errors page, when {@code vigil.alerts.page-url} is set
 * @param rule the rule of {@code vigil.alerts.rules} that raised it, such as {@code rule payments}
 * or, for a rule with a threshold, {@code 50 events matching rule payments in 5m} (the event is
 * then the last of them); {@code null} when only the default ({@code vigil.alerts.level})
 * raised it
 * @author Vigil
 */
public record Alert(Instant time, LogLevel level, String logger, String thread, String host,
		@Nullable String application, @Nullable String requestId, @Nullable String errorId, @Nullable String traceId,
		String fingerprint, String label, String message, @Nullable String exception, @Nullable String stackTrace,
		List<String> context, @Nullable URI link, @Nullable String rule) {

	public Alert {
		context = List.copyOf(context);
	}

	/**
	 * An alert raised by the default, {@code vigil.alerts.level}, not by a rule.
	 * @param time when the event was logged
	 * @param level the level of the event
	 * @param logger the name of the logger
	 * @param thread the thread that logged it
	 * @param host the host name of the application
	 * @param application the application's name, if set
	 * @param requestId the id of the request it was logged in, if any
	 * @param errorId the id of the error in the problem response, if any
	 * @param traceId the trace id, if tracing is active
	 * @param fingerprint groups events of the same kind
	 * @param label a short human name of the kind
	 * @param message the formatted message
	 * @param exception the exception's class and message, if any
	 * @param stackTrace the stack trace, if any
	 * @param context the log lines before it, oldest first
	 * @param link the event on Vigil's errors page, if configured
	 */
	public Alert(Instant time, LogLevel level, String logger, String thread, String host,
			@Nullable String application, @Nullable String requestId, @Nullable String errorId,
			@Nullable String traceId, String fingerprint, String label, String message, @Nullable String exception,
			@Nullable String stackTrace, List<String> context, @Nullable URI link) {
		this(time, level, logger, thread, host, application, requestId, errorId, traceId, fingerprint, label, message,
				exception, stackTrace, context, link, null);
	}

}
