package dev.vigil.scan;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Streams the entries of one log file: holds one entry at a time, completing it with the
 * lines that follow until the next entry starts.
 */
final class LogEntryReader implements Closeable {

	private final LineReader lines;

	private final String source;

	private final EntryParser parser;

	private final Predicate<LogEntry> worthKeeping;

	private final Instant lastModified;

	private @Nullable LogEntry pending;

	/**
	 * @param file the file
	 * @param parser recognises entries
	 * @param worthKeeping decides from an entry's first line whether to keep its other lines;
	 * those of entries that the filters will drop are not kept
	 * @param lastModified when the file was last written
	 */
	LogEntryReader(LogFile file, EntryParser parser, Predicate<LogEntry> worthKeeping,
			Instant lastModified) throws IOException {
		this.lines = LineReader.open(file.read());
		this.source = file.name();
		this.parser = parser;
		this.worthKeeping = worthKeeping;
		this.lastModified = lastModified;
	}

	/**
	 * The next entry of the file.
	 * @return the entry, or {@code null} at the end of the file
	 */
	@Nullable LogEntry next() throws IOException {
		while (true) {
			String line = this.lines.readLine();
			if (line == null) {
				LogEntry last = this.pending;
				this.pending = null;
				if (last != null) {
					last.writtenBefore(this.lastModified);
				}
				return last;
			}
			LogEntry entry = this.parser.parse(line, this.source, this.lines.lineNumber());
			if (entry == null) {
				if (this.pending == null) {
					this.pending = LogEntry.unknown(this.source, this.lines.lineNumber(), line);
				}
				else {
					this.pending.add(line);
				}
				continue;
			}
			if (!this.worthKeeping.test(entry)) {
				entry.discardDetails();
			}
			LogEntry completed = this.pending;
			this.pending = entry;
			if (completed != null) {
				completed.writtenBefore(entry.time());
				return completed;
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.lines.close();
	}

}
