package dev.vigil.scan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads log entries written as one JSON object per line by Spring Boot's structured logging:
 * ECS ({@code @timestamp}, {@code log.level}, {@code log.logger}, {@code error.stack_trace}),
 * Logstash ({@code @timestamp}, {@code level}, {@code logger_name}, {@code stack_trace}) and
 * GELF ({@code timestamp} in epoch seconds, {@code _level_name} or a syslog {@code level},
 * {@code short_message}, {@code _error_stack_trace}). MDC values are top-level members; Vigil's
 * ECS files write the request id as {@code http.request.id}.
 */
final class StructuredEntries {

	private static final String[] TIMES = { "@timestamp", "timestamp", "time" };

	private static final String[] LEVELS = { "_level_name", "log.level", "level", "severity" };

	private static final String[] MESSAGES = { "message", "short_message", "msg" };

	private static final String[] LOGGERS = { "log.logger", "logger_name", "_log_logger", "_logger_name", "logger" };

	private static final String[] THREADS = { "process.thread.name", "thread_name", "_process_thread_name",
			"_thread_name", "thread" };

	private static final String[] REQUEST_IDS = { "http.request.id", "requestId", "_requestId", "mdc.requestId",
			"labels.requestId" };

	private static final String[] STACK_TRACES = { "error.stack_trace", "stack_trace", "_error_stack_trace" };

	private final ZoneId zone;

	StructuredEntries(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The entry of a JSON line.
	 * @return the entry, or {@code null} when the line is not a JSON object with a time and a
	 * level
	 */
	@Nullable LogEntry parse(String line, String source, long number) {
		Map<String, String> json = FlatJson.parse(line);
		if (json == null) {
			return null;
		}
		Instant time = time(first(json, TIMES));
		LogLevel level = level(first(json, LEVELS));
		if (time == null || level == null) {
			return null;
		}
		String message = first(json, MESSAGES);
		message = (message != null) ? message : "";
		LogEntry.Fields fields = new LogEntry.Fields(first(json, THREADS), first(json, LOGGERS),
				first(json, REQUEST_IDS), message);
		String stackTrace = stackTrace(json, message);
		return LogEntry.structured(source, number, level, time, line, fields,
				(stackTrace != null) ? stackTrace.lines().toList() : List.of());
	}

	private @Nullable Instant time(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (Character.isDigit(value.charAt(0)) && value.indexOf('-') < 0) {
			return Timestamps.ofEpochSeconds(value);
		}
		Timestamps.Parsed parsed = Timestamps.parse(value, this.zone);
		return (parsed != null) ? parsed.instant() : null;
	}

	private static @Nullable LogLevel level(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() == 1 && Character.isDigit(value.charAt(0))) {
			return LogLevel.ofSyslog(value.charAt(0) - '0');
		}
		return LogLevel.of(value);
	}

	private static @Nullable String stackTrace(Map<String, String> json, String message) {
		String stackTrace = first(json, STACK_TRACES);
		if (stackTrace != null) {
			return stackTrace;
		}
		// GELF without _error_stack_trace: full_message is the message, a blank line, the trace
		String full = json.get("full_message");
		if (full != null && full.length() > message.length() && full.startsWith(message)) {
			return full.substring(message.length()).strip();
		}
		String type = first(json, new String[] { "error.type", "_error_type" });
		String detail = first(json, new String[] { "error.message", "_error_message" });
		return (type == null) ? null : (detail != null) ? type + ": " + detail : type;
	}

	private static @Nullable String first(Map<String, String> json, String[] names) {
		for (String name : names) {
			String value = json.get(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
