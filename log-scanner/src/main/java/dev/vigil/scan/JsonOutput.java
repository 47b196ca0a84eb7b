package dev.vigil.scan;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * Prints one JSON object per entry, whatever format it was written in.
 */
final class JsonOutput implements EntryOutput {

	private final PrintStream out;

	JsonOutput(PrintStream out) {
		this.out = out;
	}

	@Override
	public void accept(LogEntry entry) {
		List<String> stackTrace = entry.stackTrace();
		Instant time = (entry.level() != LogLevel.UNKNOWN) ? entry.time() : null;
		this.out.println(new JsonObjectWriter().add("file", entry.source())
			.add("line", entry.line())
			.add("timestamp", time)
			.add("level", entry.level())
			.add("thread", entry.thread())
			.add("logger", entry.logger())
			.add("requestId", entry.requestId())
			.add("message", entry.message())
			.add("exception", StackTraceLines.exception(stackTrace))
			.add("stackTrace", stackTrace.isEmpty() ? null : String.join("\n", stackTrace))
			.add("omittedLines", entry.omittedLines()));
	}

}
