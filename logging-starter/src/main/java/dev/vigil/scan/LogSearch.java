package dev.vigil.scan;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;

import org.jspecify.annotations.Nullable;

/**
 * Reads the files one entry at a time and passes the matching entries on.
 * <p>
 * The error log holds a copy of entries that are also in the application log beside it; it
 * keeps them longer, as it grows more slowly. So an error log entry is passed on only when it
 * is older than the application log's oldest entry: from there on the application log has it.
 */
final class LogSearch {

	private final EntryParser parser;

	private final EntryFilter filter;

	private final @Nullable Instant since;

	private final Map<List<Path>, Optional<Instant>> coverage = new HashMap<>();

	LogSearch(ScanOptions options, ZoneId zone) {
		this.parser = new EntryParser(zone);
		this.filter = new EntryFilter(options);
		this.since = options.since();
	}

	/**
	 * Scans the files in order.
	 * @return the number of entries passed on
	 * @throws ScanException when a file cannot be read
	 */
	long run(List<LogFileSet.LogFile> files, EntryOutput output) throws ScanException {
		long matched = 0;
		for (LogFileSet.LogFile file : files) {
			try {
				matched += scan(file, output);
			}
			catch (NoSuchFileException ex) {
				// A backup found in a directory may be rotated away before it is read.
				if (!file.listed()) {
					throw new ScanException(file.name() + ": no such file or directory");
				}
			}
			catch (IOException ex) {
				throw new ScanException(file.name() + ": " + describe(ex));
			}
		}
		return matched;
	}

	private long scan(LogFileSet.LogFile file, EntryOutput output) throws IOException {
		Instant modified = Files.getLastModifiedTime(file.path()).toInstant();
		// Appenders only append, so no entry of a file is newer than the file itself.
		if (this.since != null && modified.isBefore(this.since)) {
			return 0;
		}
		Instant covered = coverageStart(file.coveredBy());
		long matched = 0;
		try (LogEntryReader reader = new LogEntryReader(file.path(), file.name(), this.parser,
				(entry) -> !isCopy(entry, covered) && this.filter.worthKeeping(entry), modified)) {
			for (LogEntry entry = reader.next(); entry != null; entry = reader.next()) {
				if (!isCopy(entry, covered) && this.filter.matches(entry)) {
					matched++;
					output.accept(entry);
				}
			}
		}
		return matched;
	}

	private static boolean isCopy(LogEntry entry, @Nullable Instant covered) {
		Instant time = entry.time();
		return covered != null && entry.level() != LogLevel.UNKNOWN && time != null && !time.isBefore(covered);
	}

	/**
	 * The time of the first entry of the application log, oldest backup first.
	 */
	private @Nullable Instant coverageStart(List<Path> appLog) throws IOException {
		if (appLog.isEmpty()) {
			return null;
		}
		Optional<Instant> start = this.coverage.get(appLog);
		if (start == null) {
			start = Optional.ofNullable(firstEntryTime(appLog));
			this.coverage.put(appLog, start);
		}
		return start.orElse(null);
	}

	private @Nullable Instant firstEntryTime(List<Path> files) throws IOException {
		for (Path file : files) {
			try (LogEntryReader reader = new LogEntryReader(file, file.toString(), this.parser, (entry) -> false,
					Instant.MAX)) {
				for (LogEntry entry = reader.next(); entry != null; entry = reader.next()) {
					if (entry.level() != LogLevel.UNKNOWN) {
						return entry.time();
					}
				}
			}
			catch (NoSuchFileException ex) {
				// rotated away since it was listed
			}
		}
		return null;
	}

	private static String describe(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "cannot read the file (permission denied)";
		}
		if (ex instanceof ZipException || ex instanceof EOFException) {
			return "not a complete gzip file (" + ex.getMessage() + ")";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
