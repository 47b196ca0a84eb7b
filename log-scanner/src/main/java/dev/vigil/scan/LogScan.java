package dev.vigil.scan;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Scans Vigil's log files for errors, without starting Spring:
 * <pre>
 * java -jar vigil-log-scanner-0.1.0-SNAPSHOT.jar logs
 * </pre>
 * Exit status: 0 when nothing matched, 1 when entries matched (so that cron or CI can alert),
 * 2 on a usage or I/O error, with a one-line message per problem on standard error. A file
 * that cannot be read to its end does not end the scan: the other files are still read.
 * Uses the JDK only.
 *
 * @author Vigil
 */
public final class LogScan {

	static final String USAGE = """
			Usage: java -jar vigil-log-scanner.jar [options] [file|directory ...]

			Scans Vigil's log files for entries at or above a level, oldest first. A directory
			(default: logs) contributes app.log and error.log with their backups (.1, .2.gz, ...);
			an entry in both files is reported once. Reads Vigil's text pattern and the ecs,
			logstash and gelf JSON formats.

			Options:
			  --level LEVEL   lowest level reported: TRACE, DEBUG, INFO, WARN or ERROR (default ERROR)
			  --since WHEN    only entries since 15m, 2h, 1d ago, or since an ISO date or date-time
			                  (2026-11-25, 2026-11-25T08:00, 2026-11-25T08:00:00Z)
			  --grep REGEX    only entries whose message or stack trace contains a match
			  --summary       group entries by exception and first application frame, or by
			                  message with numbers and ids masked; most frequent first
			  --json          one JSON object per line, per entry (or per group with --summary)
			  --help          print this help

			Exit status: 0 nothing matched, 1 entries matched, 2 usage or I/O error.
			""";

	private LogScan() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
				false, StandardCharsets.UTF_8);
		int status = run(args, out, System.err);
		out.flush();
		System.exit(status);
	}

	/**
	 * Runs a scan.
	 * @param args the command line arguments
	 * @param out where the entries go
	 * @param err where a usage or I/O error goes
	 * @return the exit status: 0 nothing matched, 1 entries matched, 2 usage or I/O error
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, Clock.systemDefaultZone());
	}

	static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
		try {
			ScanOptions options = ScanOptions.parse(args, clock);
			if (options.help()) {
				out.print(USAGE);
				return 0;
			}
			try (LogFileSet files = LogFileSet.open(options.paths())) {
				EntryOutput output = options.summary() ? new Summary(out, options.json(), clock.getZone())
						: options.json() ? new JsonOutput(out)
								: new TextOutput(out, files.files().size() > 1, clock.getZone());
				LogSearch search = new LogSearch(options, clock.getZone());
				long matched = search.run(files.files(), output);
				output.finish();
				out.flush();
				search.failures().forEach((failure) -> err.println("logscan: " + TerminalText.escape(failure)));
				return !search.failures().isEmpty() ? 2 : (matched > 0) ? 1 : 0;
			}
		}
		catch (ScanException ex) {
			out.flush();
			err.println("logscan: " + TerminalText.escape(ex.getMessage()));
			return 2;
		}
		catch (StackOverflowError ex) {
			// The scanner's own parsing is bounded; java.util.regex recurses once per repetition
			// of a group, and --grep is the user's expression.
			out.flush();
			err.println("logscan: ran out of stack (with --grep: an expression with a repeated group, such as (a|b)*, "
					+ "recurses once per repetition on a long line; use a simpler one, such as [ab]*, "
					+ "or more stack: java -Xss64m)");
			return 2;
		}
		catch (RuntimeException ex) {
			// An uncaught exception would exit with 1, which means "errors found".
			out.flush();
			err.println("logscan: unexpected failure: " + TerminalText.escape(ex.toString()));
			return 2;
		}
	}

}
