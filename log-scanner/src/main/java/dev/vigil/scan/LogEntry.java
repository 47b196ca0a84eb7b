package dev.vigil.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One log entry: its first line and every line up to the next entry (stack trace, further
 * message lines, lines no format recognises). An entry keeps at most {@link #MAX_KEPT_CHARS}
 * characters of those lines and counts the rest, so that memory stays bounded whatever the
 * file holds.
 */
final class LogEntry {

	static final int MAX_KEPT_CHARS = 1 << 20;

	private final String source;

	private final long line;

	private final LogLevel level;

	private @Nullable Instant time;

	private final String firstLine;

	private final boolean structured;

	private int fieldsStart;

	private @Nullable Fields fields;

	private final List<String> details = new ArrayList<>();

	private int stackStart = -1;

	private boolean keep = true;

	private long keptChars;

	private long omitted;

	private LogEntry(String source, long line, LogLevel level, @Nullable Instant time, String firstLine,
			boolean structured) {
		this.source = source;
		this.line = line;
		this.level = level;
		this.time = time;
		this.firstLine = firstLine;
		this.structured = structured;
	}

	/**
	 * The parts of an entry's first line.
	 */
	record Fields(@Nullable String thread, @Nullable String logger, @Nullable String requestId, String message) {
	}

	/**
	 * An entry written as text; its fields are read from the line only when needed.
	 */
	static LogEntry text(String source, long line, LogLevel level, Instant time, String firstLine,
			int fieldsStart) {
		LogEntry entry = new LogEntry(source, line, level, time, firstLine, false);
		entry.fieldsStart = fieldsStart;
		return entry;
	}

	/**
	 * An entry written as a JSON object.
	 */
	static LogEntry structured(String source, long line, LogLevel level, Instant time, String json, Fields fields,
			List<String> stackTrace) {
		LogEntry entry = new LogEntry(source, line, level, time, json, true);
		entry.fields = fields;
		stackTrace.forEach(entry::add);
		entry.stackStart = 0;
		return entry;
	}

	/**
	 * Lines at the start of a file that no format recognises.
	 */
	static LogEntry unknown(String source, long line, String firstLine) {
		LogEntry entry = new LogEntry(source, line, LogLevel.UNKNOWN, null, firstLine, false);
		entry.fields = new Fields(null, null, null, firstLine);
		return entry;
	}

	/**
	 * Attaches a line that follows the entry's first line.
	 */
	void add(String detail) {
		if (!this.keep) {
			return;
		}
		if (this.keptChars + detail.length() + 1 > MAX_KEPT_CHARS) {
			this.omitted++;
			return;
		}
		this.keptChars += detail.length() + 1;
		this.details.add(detail);
	}

	/**
	 * Stops keeping the lines of an entry that the filters will drop anyway.
	 */
	void discardDetails() {
		this.keep = false;
		this.details.clear();
	}

	/**
	 * For an entry of unknown level: the lines were written before this time (the next
	 * entry's, or the file's last modification).
	 */
	void writtenBefore(Instant time) {
		if (this.level == LogLevel.UNKNOWN) {
			this.time = time;
		}
	}

	String source() {
		return this.source;
	}

	long line() {
		return this.line;
	}

	LogLevel level() {
		return this.level;
	}

	/**
	 * The entry's time; for an entry of unknown level an upper bound, or {@code null} while the
	 * file is being read.
	 */
	@Nullable Instant time() {
		return this.time;
	}

	/**
	 * Whether the entry was written as a JSON object.
	 */
	boolean isStructured() {
		return this.structured;
	}

	/**
	 * The first line as written.
	 */
	String firstLine() {
		return this.firstLine;
	}

	/**
	 * The lines kept after the first one, as written.
	 */
	List<String> details() {
		return this.details;
	}

	long omittedLines() {
		return this.omitted;
	}

	@Nullable String thread() {
		return fields().thread();
	}

	@Nullable String logger() {
		return fields().logger();
	}

	@Nullable String requestId() {
		return fields().requestId();
	}

	/**
	 * The message: of a text entry, the end of its first line and the lines before its stack
	 * trace.
	 */
	String message() {
		int start = stackStart();
		if (start == 0) {
			return fields().message();
		}
		return fields().message() + "\n" + String.join("\n", this.details.subList(0, start));
	}

	/**
	 * The stack trace lines (and any lines after them).
	 */
	List<String> stackTrace() {
		return this.details.subList(stackStart(), this.details.size());
	}

	private int stackStart() {
		if (this.stackStart < 0) {
			this.stackStart = StackTraceLines.start(this.details);
		}
		return this.stackStart;
	}

	private Fields fields() {
		if (this.fields == null) {
			this.fields = EntryParser.fields(this.firstLine, this.fieldsStart);
		}
		return this.fields;
	}

}
