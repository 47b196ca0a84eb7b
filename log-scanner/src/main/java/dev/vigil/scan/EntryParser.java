package dev.vigil.scan;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognises the first line of a log entry: a line starting with an ISO-8601 timestamp and a
 * level (Vigil's default pattern, and Spring Boot's own file format), or a JSON object of one
 * of Spring Boot's structured formats. Any other line continues the entry before it.
 */
final class EntryParser {

	private static final LogLevel[] LEVELS = { LogLevel.TRACE, LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN,
			LogLevel.ERROR };

	// In "[thread] logger [requestId] - message" thread and logger may hold spaces and brackets;
	// the bracketed request id followed by " - " is the first unambiguous landmark. With tracing
	// the starter's pattern writes "[traceId-spanId]" between the two.
	private static final Pattern REQUEST_ID = Pattern.compile(" \\[([^\\]\\s]*)\\](?: \\[[^\\]\\s]*\\])? - ");

	private final ZoneId zone;

	private final StructuredEntries structured;

	/**
	 * @param zone zone of timestamps written without an offset
	 */
	EntryParser(ZoneId zone) {
		this.zone = zone;
		this.structured = new StructuredEntries(zone);
	}

	/**
	 * The entry a line starts.
	 * @return the entry, or {@code null} when the line continues the previous entry
	 */
	@Nullable LogEntry parse(String line, String source, long number) {
		if (line.isEmpty()) {
			return null;
		}
		char first = line.charAt(0);
		if (first == '{') {
			return this.structured.parse(line, source, number);
		}
		if (first < '0' || first > '9') {
			return null;
		}
		Timestamps.Parsed time = Timestamps.parse(line, this.zone);
		if (time == null) {
			return null;
		}
		int start = time.end();
		while (start < line.length() && line.charAt(start) == ' ') {
			start++;
		}
		int end = start;
		while (end < line.length() && Character.isLetter(line.charAt(end))) {
			end++;
		}
		if (start == time.end() || end == start || (end < line.length() && line.charAt(end) != ' ')) {
			return null;
		}
		LogLevel level = level(line, start, end);
		if (level == null) {
			return null;
		}
		return LogEntry.text(source, number, level, time.instant(), line, end);
	}

	private static @Nullable LogLevel level(String line, int start, int end) {
		for (LogLevel level : LEVELS) {
			String name = level.name();
			if (end - start == name.length() && line.regionMatches(start, name, 0, name.length())) {
				return level;
			}
		}
		return LogLevel.of(line.substring(start, end));
	}

	/**
	 * Reads {@code [thread] logger [requestId] - message} (also with {@code [traceId-spanId]}
	 * after the request id); of other layouts, such as Spring
	 * Boot's {@code pid --- [app] [thread] logger : message}, the message and the logger.
	 */
	static LogEntry.Fields fields(String line, int from) {
		Matcher requestId = REQUEST_ID.matcher(line);
		if (requestId.find(from)) {
			String head = line.substring(from, requestId.start()).trim();
			int space = head.lastIndexOf(' ');
			String thread = (space > 1 && head.charAt(0) == '[' && head.charAt(space - 1) == ']')
					? head.substring(1, space - 1) : null;
			String id = requestId.group(1);
			return new LogEntry.Fields(thread, head.substring(space + 1), (id.isEmpty() || id.equals("-")) ? null : id,
					line.substring(requestId.end()));
		}
		int colon = line.indexOf(" : ", from);
		if (colon >= 0) {
			String head = line.substring(from, colon).trim();
			return new LogEntry.Fields(null, head.substring(head.lastIndexOf(' ') + 1), null,
					line.substring(colon + 3));
		}
		return new LogEntry.Fields(null, null, null, line.substring(from).trim());
	}

}
