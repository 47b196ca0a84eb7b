package dev.vigil.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static dev.vigil.scan.ScanResult.scan;
import static dev.vigil.scan.StackTraces.applicationFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans real files written with Vigil's default text pattern.
 */
class LogScanTests {

	@TempDir
	Path logs;

	@Test
	void reportsErrorsAsWrittenWithTheirStackTraceAndExitsOne() {
		IllegalStateException failure = applicationFailure("boom", "com.example.OrderService.place");
		new LogLines("text").add(at("10:00:00"), Level.INFO, "started")
			.add(at("10:00:01"), Level.ERROR, "Order 42 failed", failure)
			.add(at("10:00:02"), Level.WARN, "slow")
			.writeTo(this.logs.resolve("app.log"), at("10:00:02"));
		ScanResult result = scan(this.logs);
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).isEmpty();
		assertThat(result.out())
			.isEqualTo(new LogLines("text").add(at("10:00:01"), Level.ERROR, "Order 42 failed", failure).content());
		assertThat(result.out()).contains("\tat com.example.OrderService.place(OrderService.java:11)");
	}

	@Test
	void exitsZeroAndPrintsNothingWhenNoEntryMatches() {
		new LogLines("text").add(at("10:00:00"), Level.INFO, "started")
			.add(at("10:00:02"), Level.WARN, "slow")
			.writeTo(this.logs.resolve("app.log"), at("10:00:02"));
		for (String[] options : List.of(new String[0], new String[] { "--json" }, new String[] { "--summary" },
				new String[] { "--summary", "--json" })) {
			List<Object> args = new java.util.ArrayList<>(List.of(options));
			args.add(this.logs);
			ScanResult result = scan(args.toArray());
			assertThat(result.status()).isZero();
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).isEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			TRACE, TRACE DEBUG INFO WARN ERROR
			debug, DEBUG INFO WARN ERROR
			INFO,  INFO WARN ERROR
			Warn,  WARN ERROR
			ERROR, ERROR
			""")
	void levelOptionSetsTheLowestLevelReported(String option, String reported) {
		LogLines lines = new LogLines("text");
		int second = 0;
		for (Level level : List.of(Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR)) {
			lines.add(at("10:00:0" + second++), level, "at " + level);
		}
		lines.writeTo(this.logs.resolve("app.log"), at("10:00:05"));
		assertThat(scan(this.logs, "--level", option).entryLines()).hasSize(reported.split(" ").length);
		ScanResult result = scan(this.logs, "--level=" + option, "--json");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.json()).extracting((entry) -> entry.get("level").asString())
			.containsExactly(reported.split(" "));
	}

	@Test
	void multiLineMessagesAndStackTracesStayWithTheirEntry() {
		new LogLines("text").add(at("10:00:00"), Level.ERROR, "first line\nsecond line",
				applicationFailure("boom", "com.example.OrderService.place"))
			.add(at("10:00:01"), Level.ERROR, "next")
			.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		List<JsonNode> entries = scan(this.logs, "--json").json();
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).get("message").asString()).isEqualTo("first line\nsecond line");
		assertThat(entries.get(0).get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(entries.get(0).get("stackTrace").asString()).startsWith("java.lang.IllegalStateException: boom\n")
			.contains("\tat com.example.OrderService.place(OrderService.java:11)")
			.endsWith("\tat java.lang.Thread.run(Thread.java:14)");
		assertThat(entries.get(1).get("message").asString()).isEqualTo("next");
		assertThat(entries.get(1).get("stackTrace").isNull()).isTrue();
	}

	@Test
	void linesNoFormatRecognisesAreAttachedToThePreviousEntry() {
		new LogLines("text").add(at("10:00:00"), Level.ERROR, "failed")
			.raw("a line printed by something else\n{\"not\": \"a log entry\"}\n2026-11-25 without a level\n")
			.add(at("10:00:01"), Level.INFO, "fine")
			.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		ScanResult result = scan(this.logs);
		assertThat(result.lines()).containsExactly("2026-11-25T10:00:00.000Z ERROR [main] com.example.OrderService [-] - failed",
				"a line printed by something else", "{\"not\": \"a log entry\"}", "2026-11-25 without a level");
	}

	@Test
	void linesBeforeTheFirstEntryOfAFileAreReportedAsAnEntryOfUnknownLevel() {
		new LogLines("text").raw("OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes\n")
			.raw("second odd line\n")
			.add(at("10:00:00"), Level.INFO, "started")
			.writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		ScanResult result = scan(this.logs);
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.lines()).containsExactly(
				"OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes",
				"second odd line");
		JsonNode entry = scan(this.logs, "--json").json().get(0);
		assertThat(entry.get("level").asString()).isEqualTo("UNKNOWN");
		assertThat(entry.get("timestamp").isNull()).isTrue();
		assertThat(entry.get("line").asInt()).isEqualTo(1);
		assertThat(entry.get("message").asString()).startsWith("OpenJDK 64-Bit Server VM warning");
	}

	@Test
	void linesOfUnknownLevelWrittenBeforeTheSinceTimeAreNotReported() {
		new LogLines("text").raw("odd line\n")
			.add(at("09:00:00"), Level.INFO, "started")
			.writeTo(this.logs.resolve("app.log"), at("11:30:00"));
		assertThat(scan(this.logs, "--since", "1h").status()).isZero();
		assertThat(scan(this.logs, "--since", "4h").out()).isEqualTo("odd line\n");
	}

	@Test
	void readsBackupsOldestFirstGzipIncluded() {
		error("09:00:00", "oldest").writeTo(this.logs.resolve("app.log.3.gz"), at("09:00:00"));
		error("09:10:00", "older").writeTo(this.logs.resolve("app.log.2"), at("09:10:00"));
		error("09:20:00", "newer").writeTo(this.logs.resolve("app.log.1.gz"), at("09:20:00"));
		error("09:30:00", "newest").writeTo(this.logs.resolve("app.log"), at("09:30:00"));
		ScanResult result = scan(this.logs, "--json");
		assertThat(result.json()).extracting((entry) -> entry.get("message").asString())
			.containsExactly("oldest", "older", "newer", "newest");
		assertThat(result.json()).extracting((entry) -> entry.get("file").asString())
			.containsExactly(name("app.log.3.gz"), name("app.log.2"), name("app.log.1.gz"), name("app.log"));
		assertThat(scan(this.logs).lines()).filteredOn((line) -> line.startsWith("==>"))
			.containsExactly("==> " + name("app.log.3.gz") + " <==", "==> " + name("app.log.2") + " <==",
					"==> " + name("app.log.1.gz") + " <==", "==> " + name("app.log") + " <==");
	}

	@Test
	void namedFilesAreOrderedOldestFirstWithinTheirFamily() {
		error("09:00:00", "oldest").writeTo(this.logs.resolve("app.log.2"), at("09:00:00"));
		error("09:10:00", "older").writeTo(this.logs.resolve("app.log.1"), at("09:10:00"));
		error("09:20:00", "newest").writeTo(this.logs.resolve("app.log"), at("09:20:00"));
		ScanResult result = scan(this.logs.resolve("app.log"), this.logs.resolve("app.log.1"), this.logs.resolve("app.log.2"),
				"--json");
		assertThat(result.json()).extracting((entry) -> entry.get("message").asString())
			.containsExactly("oldest", "older", "newest");
	}

	@Test
	void anErrorInBothTheAppLogAndTheErrorLogIsReportedOnce() {
		error("08:00:00", "rotated out of app.log").writeTo(this.logs.resolve("error.log.1"), at("08:00:00"));
		error("09:30:00", "in both").writeTo(this.logs.resolve("error.log"), at("09:30:00"));
		new LogLines("text").add(at("09:00:00"), Level.INFO, "oldest line of app.log")
			.writeTo(this.logs.resolve("app.log.1.gz"), at("09:00:00"));
		new LogLines("text").add(at("09:30:00"), Level.ERROR, "in both")
			.writeTo(this.logs.resolve("app.log"), at("09:30:00"));
		ScanResult result = scan(this.logs, "--json");
		assertThat(result.json()).extracting((entry) -> entry.get("message").asString() + " @ " + entry.get("file").asString())
			.containsExactly("rotated out of app.log @ " + name("error.log.1"), "in both @ " + name("app.log"));
	}

	@Test
	void nearTheAppLogsFirstEntryTheSameFirstLineDecidesWhatIsACopy() {
		Instant first = Instant.parse("2026-11-25T09:00:00.000Z");
		new LogLines("text").add(first, Level.ERROR, "same millisecond, rotated out of app.log")
			.add(first, Level.ERROR, "same millisecond, in both")
			.add(first.minusMillis(3), Level.ERROR, "appended out of order, in both")
			.add(first.plusMillis(2), Level.ERROR, "later, in both")
			.writeTo(this.logs.resolve("error.log"), at("09:00:01"));
		new LogLines("text").add(first, Level.INFO, "first line of app.log")
			.add(first, Level.ERROR, "same millisecond, in both")
			.add(first.minusMillis(3), Level.ERROR, "appended out of order, in both")
			.add(first.plusMillis(2), Level.ERROR, "later, in both")
			.writeTo(this.logs.resolve("app.log"), at("09:00:01"));
		assertThat(scan(this.logs, "--json").json())
			.extracting((entry) -> entry.get("message").asString() + " @ " + entry.get("file").asString())
			.containsExactly("same millisecond, rotated out of app.log @ " + name("error.log"),
					"same millisecond, in both @ " + name("app.log"),
					"appended out of order, in both @ " + name("app.log"), "later, in both @ " + name("app.log"));
	}

	@Test
	void namedErrorLogWithoutItsAppLogIsReadInFull() {
		error("09:30:00", "only here").writeTo(this.logs.resolve("error.log"), at("09:30:00"));
		new LogLines("text").add(at("09:00:00"), Level.ERROR, "in app.log")
			.writeTo(this.logs.resolve("app.log"), at("09:00:00"));
		assertThat(scan(this.logs.resolve("error.log"), "--json").json()).hasSize(1);
	}

	@Test
	void grepMatchesTheMessageOrTheStackTrace() {
		new LogLines("text").add(at("10:00:00"), Level.ERROR, "payment declined")
			.add(at("10:00:01"), Level.ERROR, "order failed",
					new IllegalStateException("boom", new java.net.SocketException("Connection reset")))
			.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		assertThat(messages(scan(this.logs, "--grep", "declined$", "--json"))).containsExactly("payment declined");
		assertThat(messages(scan(this.logs, "--grep", "Connection res[e]t", "--json"))).containsExactly("order failed");
		ScanResult loggerName = scan(this.logs, "--grep", "OrderService ");
		assertThat(loggerName.status()).isZero();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			1h,                        11:30:00 11:59:59
			15m,                       11:59:59
			1d,                        09:00:00 11:30:00 11:59:59
			2026-11-25T11:45:00Z,      11:59:59
			2026-11-25T12:30+01:00,    11:30:00 11:59:59
			2026-11-25T11:30,          11:30:00 11:59:59
			2026-11-25,                09:00:00 11:30:00 11:59:59
			""")
	void sinceReportsEntriesFromThatTimeOn(String since, String reported) {
		new LogLines("text").add(at("09:00:00"), Level.ERROR, "09:00:00")
			.add(at("11:30:00"), Level.ERROR, "11:30:00")
			.add(at("11:59:59"), Level.ERROR, "11:59:59")
			.writeTo(this.logs.resolve("app.log"), at("11:59:59"));
		assertThat(messages(scan(this.logs, "--since", since, "--json"))).containsExactly(reported.split(" "));
	}

	@Test
	void jsonOutputIsOneObjectPerEntry() {
		new LogLines("text")
			.add(at("10:00:00"), Level.ERROR, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "http-nio-8080-exec-3",
					"4f1c9a2b7d3e8a10", "Servlet.service() threw exception - see below",
					applicationFailure("boom", "com.example.OrderService.place"))
			.writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		JsonNode entry = scan(this.logs, "--json").json().get(0);
		assertThat(entry.get("file").asString()).isEqualTo(name("app.log"));
		assertThat(entry.get("line").asInt()).isEqualTo(1);
		assertThat(entry.get("timestamp").asString()).isEqualTo("2026-11-25T10:00:00Z");
		assertThat(entry.get("level").asString()).isEqualTo("ERROR");
		assertThat(entry.get("thread").asString()).isEqualTo("http-nio-8080-exec-3");
		assertThat(entry.get("logger").asString()).isEqualTo("o.a.c.c.C.[.[.[/].[dispatcherServlet]");
		assertThat(entry.get("requestId").asString()).isEqualTo("4f1c9a2b7d3e8a10");
		assertThat(entry.get("message").asString()).isEqualTo("Servlet.service() threw exception - see below");
		assertThat(entry.get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(entry.get("omittedLines").asInt()).isZero();
	}

	@Test
	void anEntryLongerThanTheScannerKeepsIsCutAndSaysSo() {
		String longLine = "x".repeat(99) + "\n";
		new LogLines("text").add(at("10:00:00"), Level.ERROR, "huge")
			.raw(longLine.repeat(20_000))
			.add(at("10:00:01"), Level.ERROR, "after")
			.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		ScanResult result = scan(this.logs);
		int kept = LogEntry.MAX_KEPT_CHARS / longLine.length();
		assertThat(result.lines()).hasSize(1 + kept + 1 + 1);
		assertThat(result.out()).contains("\t[" + (20_000 - kept) + " more lines of this entry not kept by the scanner]\n"
				+ "2026-11-25T10:00:01.000Z ERROR");
		assertThat(scan(this.logs, "--json").json().get(0).get("omittedLines").asInt()).isEqualTo(20_000 - kept);
	}

	@Test
	void windowsLineEndingsAreRead() throws IOException {
		String content = new LogLines("text").add(at("10:00:00"), Level.ERROR, "failed",
				applicationFailure("boom", "com.example.OrderService.place")).content();
		Files.writeString(this.logs.resolve("app.log"), content.replace("\n", "\r\n"));
		assertThat(scan(this.logs).out()).isEqualTo(content);
	}

	@Test
	void helpPrintsTheUsageAndExitsZero() {
		ScanResult result = scan("--help");
		assertThat(result.status()).isZero();
		assertThat(result.out()).startsWith("Usage: java -jar vigil-log-scanner.jar [options] [file|directory ...]")
			.contains("--level", "--since", "--grep", "--summary", "--json", "Exit status: 0 nothing matched");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			--since yesterday           | --since: cannot read 'yesterday'; use 15m, 2h, 1d
			--since 2026-13-01          | --since: cannot read '2026-13-01'
			--grep [unclosed            | --grep: invalid regular expression '[unclosed': Unclosed character class
			--level FATAL               | --level: unknown level 'FATAL'; use one of TRACE, DEBUG, INFO, WARN, ERROR
			--tail                      | unknown option '--tail' (see --help)
			--since                     | --since needs a value (see --help)
			""")
	void usageErrorsExitTwoWithOneLineOnStandardError(String options, String message) {
		error("10:00:00", "failed").writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		List<String> args = new java.util.ArrayList<>(List.of(this.logs.toString()));
		args.addAll(List.of(options.split(" ")));
		assertExitsTwo(scan(args.toArray()), message);
	}

	@Test
	void aMissingDirectoryIsAnError() {
		Path missing = this.logs.resolve("missing");
		assertExitsTwo(scan(missing), missing + ": no such file or directory");
	}

	private static void assertExitsTwo(ScanResult result, String message) {
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("logscan: " + message).endsWith("\n");
		assertThat(result.err().lines()).hasSize(1);
	}

	@Test
	void aDirectoryWithoutLogFilesIsAnError() throws IOException {
		Files.writeString(this.logs.resolve("gc.log"), "[0.004s][info][gc] Using G1\n");
		ScanResult result = scan(this.logs);
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("logscan: " + this.logs + ": holds no app.log or error.log; name the files to scan instead\n");
	}

	@Test
	void theDefaultDirectoryIsLogs() {
		ScanResult result = scan();
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("logscan: logs: no such file or directory\n");
	}

	@Test
	void anUnreadableFileIsAnErrorNamingTheFile() throws IOException {
		Path file = error("10:00:00", "first").writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		Files.setPosixFilePermissions(file, java.util.Set.of());
		org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "root reads every file");
		assertExitsTwo(scan(this.logs), name("app.log") + ": cannot read the file (permission denied)");
	}

	@Test
	void somethingThatIsNeitherAFileNorADirectoryIsAnError() throws Exception {
		Path fifo = this.logs.resolve("pipe");
		org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
		assertExitsTwo(scan(fifo), fifo + ": not a regular file or directory");
	}

	@Test
	void aDamagedGzipBackupIsAnErrorNamingTheFile() throws IOException {
		error("10:00:00", "first").writeTo(this.logs.resolve("app.log.1.gz"), at("10:00:00"));
		byte[] gzip = Files.readAllBytes(this.logs.resolve("app.log.1.gz"));
		Files.write(this.logs.resolve("app.log.1.gz"), java.util.Arrays.copyOf(gzip, gzip.length / 2));
		error("10:00:01", "second").writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		ScanResult result = scan(this.logs);
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).startsWith("logscan: " + name("app.log.1.gz") + ": not a complete gzip file");
		assertThat(result.err().lines()).hasSize(1);
	}

	@Test
	void bytesThatAreNotUtf8DoNotStopTheScan() throws IOException {
		byte[] line = "2026-11-25T10:00:00.000Z ERROR [main] a.B [-] - caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		Path file = this.logs.resolve("app.log");
		Files.write(file, line);
		Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);
		Files.setLastModifiedTime(file, FileTime.from(at("10:00:00")));
		assertThat(scan(this.logs, "--json").json().get(0).get("message").asString()).isEqualTo("caf\u00e9 caf\\xe9");
	}

	private static List<String> messages(ScanResult result) {
		return result.json().stream().map((entry) -> entry.get("message").asString()).toList();
	}

	private String name(String file) {
		return this.logs.resolve(file).toString();
	}

	static LogLines error(String time, String message) {
		return new LogLines("text").add(at(time), Level.ERROR, message);
	}

	static Instant at(String time) {
		return Instant.parse("2026-11-25T" + time + "Z");
	}

}
