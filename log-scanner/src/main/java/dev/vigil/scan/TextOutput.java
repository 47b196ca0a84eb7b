package dev.vigil.scan;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Prints entries as they were written, a text entry line for line; an entry written as JSON
 * is laid out like Vigil's default text pattern, on one line. Before the entries of each file
 * comes the file's name when several files are scanned. Everything printed is escaped
 * ({@link TerminalText}): the file may have been written to drive the terminal.
 */
final class TextOutput implements EntryOutput {

	private final PrintStream out;

	private final boolean fileHeaders;

	private final DateTimeFormatter time;

	private @Nullable String source;

	TextOutput(PrintStream out, boolean fileHeaders, ZoneId zone) {
		this.out = out;
		this.fileHeaders = fileHeaders;
		this.time = Timestamps.formatter(zone);
	}

	@Override
	public void accept(LogEntry entry) {
		if (this.fileHeaders && !entry.source().equals(this.source)) {
			this.out.println("==> " + TerminalText.escape(entry.source()) + " <==");
			this.source = entry.source();
		}
		this.out.println(TerminalText.escape(entry.isStructured() ? layOut(entry) : entry.firstLine()));
		for (String line : entry.details()) {
			this.out.println(TerminalText.escape(line));
		}
		if (entry.omittedLines() > 0) {
			this.out.println("\t[" + entry.omittedLines() + " more lines of this entry not kept by the scanner]");
		}
	}

	private String layOut(LogEntry entry) {
		return this.time.format(entry.time()) + " " + String.format("%-5s", entry.level()) + " ["
				+ orDash(entry.thread()) + "] " + orDash(entry.logger()) + " [" + orDash(entry.requestId()) + "] - "
				+ entry.message();
	}

	private static String orDash(@Nullable String value) {
		return (value != null) ? value : "-";
	}

}
