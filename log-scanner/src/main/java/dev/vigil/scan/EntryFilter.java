package dev.vigil.scan;

import java.time.Instant;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/**
 * Decides which entries the scan reports: {@code --level}, {@code --since} and
 * {@code --grep}.
 */
final class EntryFilter {

	private final LogLevel level;

	private final @Nullable Instant since;

	private final @Nullable Matcher grep;

	EntryFilter(ScanOptions options) {
		this.level = options.level();
		this.since = options.since();
		this.grep = (options.grep() != null) ? options.grep().matcher("") : null;
	}

	/**
	 * Whether an entry passes the level and time filters, judged from its first line. An entry
	 * whose level or time is unknown passes: it is never dropped for what the scanner cannot
	 * tell.
	 */
	boolean worthKeeping(LogEntry entry) {
		Instant time = entry.time();
		return entry.level().atLeast(this.level) && (this.since == null || time == null || !time.isBefore(this.since));
	}

	/**
	 * Whether a complete entry is reported.
	 */
	boolean matches(LogEntry entry) {
		return worthKeeping(entry) && (this.grep == null || grep(entry));
	}

	private boolean grep(LogEntry entry) {
		if (this.grep.reset(entry.message()).find()) {
			return true;
		}
		for (String line : entry.stackTrace()) {
			if (this.grep.reset(line).find()) {
				return true;
			}
		}
		return false;
	}

}
