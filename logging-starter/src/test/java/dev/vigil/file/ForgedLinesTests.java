package dev.vigil.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

import dev.vigil.scan.LogScan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that reaches a log entry from outside (an exception message built from user input, a
 * logged value) stays on its entry: real Logback, real files, read back by the scanner.
 */
class ForgedLinesTests {

	private static final String FORGED_START = "2026-11-30T06:00:00.000Z ERROR";

	private static final String ID = "x\n" + FORGED_START + " [main] dev.vigil.payments [abc] - FORGED";

	@TempDir
	Path directory;

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	private RollingFiles files;

	@Test
	void anExceptionMessageCannotForgeAnEntryInEitherFile() {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		logger().error("Request failed", new IllegalStateException("Order not found: " + ID));
		assertNoForgedEntry();
	}

	@Test
	void aCauseCannotForgeAnEntry() {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		logger().error("Request failed",
				new RuntimeException("wrapped", new IllegalStateException("Order not found: " + ID)));
		assertNoForgedEntry();
	}

	@Test
	void aSuppressedExceptionCannotForgeAnEntry() {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		RuntimeException failure = new RuntimeException("first");
		failure.addSuppressed(new IllegalStateException("Order not found: " + ID));
		logger().error("Request failed", failure);
		assertNoForgedEntry();
	}

	@Test
	void theMessageAndItsArgumentsCannotForgeAnEntry() {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		logger().error("Order not found: {}", ID);
		assertNoForgedEntry();
	}

	@ParameterizedTest
	@ValueSource(strings = { "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %m %kvp%n%ex",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %msg %kvp%n%throwable",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %message %kvp%n%rEx",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %msg %kvp%n%xEx",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %msg%n%exception",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %msg%n%xThrowable",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger - %msg%n%rootException",
			"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger [%X{requestId}] - %replace(%msg){'x', 'y'}%n" })
	void aUsersPatternCannotBeForgedThroughAnyMessageOrExceptionWord(String pattern) {
		attach(pattern);
		RuntimeException failure = new RuntimeException("first " + ID,
				new IllegalStateException("Order not found: " + ID));
		failure.addSuppressed(new IllegalArgumentException("suppressed " + ID));
		MDC.put("requestId", ID);
		try {
			logger().atError().addKeyValue("orderId", ID).setCause(failure).log("Order not found: {}", ID);
		}
		finally {
			MDC.clear();
		}
		assertNoForgedEntry();
	}

	@ParameterizedTest
	@ValueSource(chars = { '\r', '\n', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c', '\u001b', '\u0000',
			'\u0007', '\u007f', '\u009b' })
	void everyLineBreakAndControlCharacterIsEscaped(char control) {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		String text = "before" + control + "after";
		logger().atError()
			.addKeyValue("value", text)
			.setCause(new IllegalStateException(text, new RuntimeException(text)))
			.log(text);
		for (String file : List.of("app.log", "error.log")) {
			String content = read(file);
			assertThat(content.split("[\n\r\u0085\u2028\u2029\u000b\u000c]")).as(file)
				.noneMatch((line) -> line.startsWith("after"));
			assertThat(content).as(file).contains("before\\" + (control == '\r' ? "r" : control == '\n' ? "n" : "u"));
			if (control != '\n') {
				assertThat(content).as(file).doesNotContain(String.valueOf(control));
			}
		}
	}

	@Test
	void ordinaryTextAndTheStackTraceLayoutAreKept() {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		logger().error("ünïcødé ✓ 日本 \"quoted\" \\ done", new IllegalStateException("boom"));
		String content = read("app.log");
		assertThat(content).contains(" - ünïcødé ✓ 日本 \"quoted\" \\ done\n")
			.contains("java.lang.IllegalStateException: boom\n")
			.contains("\n\tat dev.vigil.file.ForgedLinesTests.");
	}

	@Test
	void theApplicationsOwnAppendersKeepWhatTheyWrite() {
		attach(FileLoggingProperties.DEFAULT_PATTERN);
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.logback.context());
		encoder.setPattern("%msg%n%ex");
		encoder.start();
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(this.logback.context());
		appender.setEncoder(encoder);
		appender.setOutputStream(console);
		appender.start();
		logger().addAppender(appender);
		logger().error("one\ntwo", new IllegalStateException("three\nfour"));
		appender.stop();
		assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("one\ntwo\n")
			.contains("java.lang.IllegalStateException: three\nfour\n");
		assertThat(read("app.log")).contains(" - one\\ntwo\n")
			.contains("java.lang.IllegalStateException: three\\nfour\n");
	}

	private void assertNoForgedEntry() {
		for (String file : List.of("app.log", "error.log")) {
			List<String> lines = read(file).lines().toList();
			assertThat(lines).as(file).isNotEmpty().noneMatch((line) -> line.startsWith(FORGED_START));
			assertThat(lines).as(file).anyMatch((line) -> line.contains("FORGED"));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = LogScan.run(new String[] { this.directory.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
		assertThat(report.lines().filter((line) -> line.matches("^\\d{4}-\\d{2}-\\d{2}T.*"))).hasSize(1);
		assertThat(report).contains("FORGED");
	}

	private void attach(String pattern) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.directory.toString());
		properties.setPattern(pattern);
		this.files = this.logback.attach(properties);
	}

	private Logger logger() {
		return this.logback.context().getLogger("com.example.Orders");
	}

	private String read(String file) {
		try {
			return Files.readString(this.directory.resolve(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
