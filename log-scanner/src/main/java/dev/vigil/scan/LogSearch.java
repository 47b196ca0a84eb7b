package dev.vigil.scan;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

import org.jspecify.annotations.Nullable;

/**
 * Reads the files one entry at a time and passes the matching entries on, except the error
 * log's copies of entries that the application log beside it holds ({@link AppLogCoverage}).
 */
final class LogSearch {

	private final EntryParser parser;

	private final EntryFilter filter;

	private final @Nullable Instant since;

	private final Map<List<LogFile>, AppLogCoverage> coverage = new HashMap<>();

	private final List<String> failures = new ArrayList<>();

	private long matched;

	LogSearch(ScanOptions options, ZoneId zone) {
		this.parser = new EntryParser(zone);
		this.filter = new EntryFilter(options);
		this.since = options.since();
	}

	/**
	 * Scans the files in order. A file that cannot be read to its end (a damaged gzip backup)
	 * does not end the scan: what it held up to the damage and every other file are still
	 * read, and the failure is kept for {@link #failures()}.
	 * @return the number of entries passed on
	 */
	long run(List<LogFile> files, EntryOutput output) {
		for (LogFile file : files) {
			try {
				scan(file, output);
			}
			catch (IOException ex) {
				this.failures.add(file.name() + ": " + describe(ex));
			}
		}
		return this.matched;
	}

	/**
	 * The files that could not be read to their end, each with the reason, one per line.
	 */
	List<String> failures() {
		return this.failures;
	}

	private void scan(LogFile file, EntryOutput output) throws IOException {
		Instant modified = file.lastModified();
		// Appenders only append, so no entry of a file is newer than the file itself.
		if (this.since != null && modified.isBefore(this.since)) {
			return;
		}
		AppLogCoverage appLog = coverage(file.coveredBy());
		try (LogEntryReader reader = new LogEntryReader(file, this.parser,
				(entry) -> this.filter.worthKeeping(entry) && !appLog.holds(entry), modified)) {
			for (LogEntry entry = reader.next(); entry != null; entry = reader.next()) {
				if (this.filter.matches(entry) && !appLog.holds(entry)) {
					this.matched++;
					output.accept(entry);
				}
			}
		}
	}

	private AppLogCoverage coverage(List<LogFile> appLog) {
		AppLogCoverage coverage = this.coverage.get(appLog);
		if (coverage == null) {
			coverage = AppLogCoverage.read(appLog, this.parser);
			this.coverage.put(appLog, coverage);
		}
		return coverage;
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
