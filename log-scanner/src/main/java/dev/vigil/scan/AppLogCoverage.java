package dev.vigil.scan;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Tells which entries of an error log are copies of entries still in the application log
 * beside it. Both files receive the same events, so from the application log's oldest entry
 * on every error log entry is also in the application log; older ones survive only in the
 * error log, which grows more slowly. Near that first entry the time alone cannot decide:
 * several events share a millisecond and threads append slightly out of order. So within
 * {@link #SKEW} of it an entry is a copy only if the application log holds the very same
 * first line.
 */
final class AppLogCoverage {

	static final Duration SKEW = Duration.ofSeconds(5);

	static final int MAX_BOUNDARY_LINES = 200_000;

	private static final AppLogCoverage NONE = new AppLogCoverage(null, new long[0]);

	private final @Nullable Instant start;

	private final long[] boundaryLines;

	private AppLogCoverage(@Nullable Instant start, long[] boundaryLines) {
		this.start = start;
		this.boundaryLines = boundaryLines;
	}

	/**
	 * Reads the beginning of an application log. A file that cannot be read to its end (a
	 * damaged gzip backup) may have lost entries of the error log: the application log is then
	 * taken to begin with the next file, which only reports more of the error log.
	 * @param appLog the application log's files, oldest first
	 * @param parser recognises entries
	 */
	static AppLogCoverage read(List<LogFile> appLog, EntryParser parser) {
		Instant start = null;
		long[] hashes = new long[1024];
		int count = 0;
		for (LogFile file : appLog) {
			try (LogEntryReader reader = new LogEntryReader(file, parser, (entry) -> false, Instant.MAX)) {
				for (LogEntry entry = reader.next(); entry != null; entry = reader.next()) {
					Instant time = entry.time();
					if (entry.level() == LogLevel.UNKNOWN || time == null) {
						continue;
					}
					start = (start != null) ? start : time;
					if (time.isAfter(start.plus(SKEW.multipliedBy(2))) || count == MAX_BOUNDARY_LINES) {
						return new AppLogCoverage(start, sorted(hashes, count));
					}
					if (time.isBefore(start.plus(SKEW).plusNanos(1))) {
						hashes = (count == hashes.length) ? Arrays.copyOf(hashes, count * 2) : hashes;
						hashes[count++] = hash(entry.firstLine());
					}
				}
			}
			catch (IOException ex) {
				// LogSearch reports the file when it reads it
				start = null;
				count = 0;
			}
		}
		return (start != null) ? new AppLogCoverage(start, sorted(hashes, count)) : NONE;
	}

	/**
	 * Whether the application log holds this entry of the error log.
	 */
	boolean holds(LogEntry entry) {
		Instant time = entry.time();
		if (this.start == null || entry.level() == LogLevel.UNKNOWN || time == null
				|| time.isBefore(this.start.minus(SKEW))) {
			return false;
		}
		if (time.isAfter(this.start.plus(SKEW))) {
			return true;
		}
		return Arrays.binarySearch(this.boundaryLines, hash(entry.firstLine())) >= 0;
	}

	private static long[] sorted(long[] hashes, int count) {
		long[] sorted = Arrays.copyOf(hashes, count);
		Arrays.sort(sorted);
		return sorted;
	}

	// 64-bit FNV-1a: a collision would hide an error, so String's 32-bit hash is too short.
	private static long hash(String line) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < line.length(); i++) {
			hash ^= line.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
