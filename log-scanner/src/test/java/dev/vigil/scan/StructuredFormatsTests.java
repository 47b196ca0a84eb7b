package dev.vigil.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

import static dev.vigil.scan.LogScanTests.at;
import static dev.vigil.scan.ScanResult.scan;
import static dev.vigil.scan.StackTraces.applicationFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans lines written by Logback with Vigil's text pattern and by Spring Boot's
 * {@code StructuredLogEncoder} in each of its JSON formats.
 */
class StructuredFormatsTests {

	static final List<String> FORMATS = LogLines.FORMATS;

	static final List<String> JSON_FORMATS = List.of("ecs", "logstash", "gelf");

	@TempDir
	Path logs;

	@ParameterizedTest
	@FieldSource("FORMATS")
	void readsEveryFieldOfAnEntry(String format) {
		write(format, "app.log");
		List<JsonNode> entries = scan(this.logs, "--level", "WARN", "--json").json();
		assertThat(entries).hasSize(2);
		JsonNode warning = entries.get(0);
		assertThat(warning.get("timestamp").asString()).isEqualTo("2026-11-25T10:00:01.250Z");
		assertThat(warning.get("level").asString()).isEqualTo("WARN");
		assertThat(warning.get("logger").asString()).isEqualTo("com.example.OrderService");
		assertThat(warning.get("thread").asString()).isEqualTo("main");
		assertThat(warning.get("requestId").isNull()).isTrue();
		assertThat(warning.get("message").asString()).isEqualTo("Stock for \"order\" 42 is low\nreorder soon");
		assertThat(warning.get("stackTrace").isNull()).isTrue();
		JsonNode error = entries.get(1);
		assertThat(error.get("timestamp").asString()).isEqualTo("2026-11-25T10:00:02.500Z");
		assertThat(error.get("level").asString()).isEqualTo("ERROR");
		assertThat(error.get("thread").asString()).isEqualTo("http-nio-8080-exec-3");
		assertThat(error.get("requestId").asString()).isEqualTo("4f1c9a2b7d3e8a10");
		assertThat(error.get("message").asString()).isEqualTo("Order 42 failed");
		assertThat(error.get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(error.get("stackTrace").asString()).startsWith("java.lang.IllegalStateException: boom\n")
			.contains("\tat com.example.OrderService.place(OrderService.java:10)\n")
			.contains("Caused by: java.net.SocketException: Connection reset\n");
	}

	@ParameterizedTest
	@FieldSource("JSON_FORMATS")
	void jsonFormatsReadToTheSameEntriesAsTheTextPattern(String format) throws Exception {
		write("text", "app.log");
		List<JsonNode> text = withoutLineNumbers(scan(this.logs, "--level", "TRACE", "--json").json());
		write(format, "app.log");
		List<JsonNode> json = withoutLineNumbers(scan(this.logs, "--level", "TRACE", "--json").json());
		assertThat(json).isEqualTo(text);
	}

	@ParameterizedTest
	@FieldSource("JSON_FORMATS")
	void jsonEntriesArePrintedInTheLayoutOfTheTextPattern(String format) {
		write(format, "app.log");
		String printed = scan(this.logs, "--level", "WARN").out();
		write("text", "app.log");
		// A line break of a JSON entry's message is printed escaped, so that the message cannot
		// start a line of its own (no-op once the text pattern escapes it in the file too).
		String text = scan(this.logs, "--level", "WARN").out().replace("is low\nreorder soon", "is low\\nreorder soon");
		assertThat(printed).isEqualTo(text);
		assertThat(printed).startsWith("2026-11-25T10:00:01.250Z WARN  [main] com.example.OrderService [-] - Stock for");
	}

	@ParameterizedTest
	@FieldSource("FORMATS")
	void summaryGroupsTheSameFailureWhateverTheFormat(String format) {
		LogLines lines = new LogLines(format);
		for (int i = 0; i < 3; i++) {
			lines.add(at("10:00:0" + i), Level.ERROR, "Order " + i + " failed",
					applicationFailure("boom " + i, "com.example.OrderService.place"));
		}
		lines.writeTo(this.logs.resolve("app.log"), at("10:00:02"));
		List<JsonNode> groups = scan(this.logs, "--summary", "--json").json();
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).get("group").asString())
			.isEqualTo("java.lang.IllegalStateException at com.example.OrderService.place");
		assertThat(groups.get(0).get("count").asInt()).isEqualTo(3);
	}

	@Test
	void ecsMembersMayBeNestedOrDotted() throws Exception {
		Files.writeString(this.logs.resolve("app.log"), """
				{"@timestamp":"2026-11-25T10:00:00Z","log.level":"ERROR","log.logger":"a.B","message":"dotted","error.type":"java.io.IOException","error.message":"disk full"}
				{"@timestamp":"2026-11-25T11:00:00+01:00","log":{"level":"ERROR","logger":"a.B"},"message":"nested","tags":["x","]"],"n":1.5e3,"ok":true,"none":null}
				""");
		List<JsonNode> entries = scan(this.logs, "--json").json();
		assertThat(entries).extracting((entry) -> entry.get("message").asString()).containsExactly("dotted", "nested");
		assertThat(entries.get(0).get("stackTrace").asString()).isEqualTo("java.io.IOException: disk full");
		assertThat(entries.get(1).get("timestamp").asString()).isEqualTo("2026-11-25T10:00:00Z");
	}

	private void write(String format, String file) {
		new LogLines(format).add(Instant.parse("2026-11-25T10:00:00.125Z"), Level.INFO, "started")
			.add(Instant.parse("2026-11-25T10:00:01.250Z"), Level.WARN, "Stock for \"order\" 42 is low\nreorder soon")
			.add(Instant.parse("2026-11-25T10:00:02.500Z"), Level.ERROR, "com.example.OrderService",
					"http-nio-8080-exec-3", "4f1c9a2b7d3e8a10", "Order 42 failed",
					StackTraces.thrownAt(new IllegalStateException("boom", StackTraces
						.thrownAt(new java.net.SocketException("Connection reset"), "java.net.Socket.read",
								"com.example.PaymentClient.charge")),
							"com.example.OrderService.place", "java.lang.Thread.run"))
			.writeTo(this.logs.resolve(file), at("10:00:03"));
	}

	private static List<JsonNode> withoutLineNumbers(List<JsonNode> entries) {
		entries.forEach((entry) -> ((tools.jackson.databind.node.ObjectNode) entry).remove("line"));
		return entries;
	}

}
