package dev.vigil.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Logger;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vigil.scan.LogScan;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON formats, written by Spring Boot's structured logging, parsed back with Jackson.
 */
class StructuredFormatTests {

	private static final String HOSTILE = "line one\r\nline two \"quoted\" \\ tab\t ünïcødé ✓ 日本 \u0001";

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	private RollingFiles files;

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash", "gelf" })
	void everyLineOfBothFilesIsJsonWithMessagesAndFieldsIntact(String format) {
		attach(format, DataSize.ofMegabytes(2));
		Logger logger = this.logback.context().getLogger("com.example.Orders");
		MDC.put("requestId", "req-1");
		MDC.put("errorId", "err-1");
		try {
			logger.atInfo().addKeyValue("http.status", 200).log(HOSTILE);
			logger.error("failed " + HOSTILE, new IllegalStateException("boom " + HOSTILE));
		}
		finally {
			MDC.clear();
		}
		List<JsonNode> app = parse("app.log");
		List<JsonNode> errors = parse("error.log");
		assertThat(app).hasSize(2);
		assertThat(errors).hasSize(1);
		assertThat(message(format, app.get(0))).isEqualTo(HOSTILE);
		assertThat(message(format, errors.get(0))).isEqualTo("failed " + HOSTILE);
		assertThat(field(app.get(0), requestId(format))).isEqualTo("req-1");
		assertThat(field(app.get(0), "http.status")).isEqualTo("200");
		assertThat(field(errors.get(0), requestId(format))).isEqualTo("req-1");
		assertThat(field(errors.get(0), errorId(format))).isEqualTo("err-1");
		assertThat(errors.get(0).toString()).contains("java.lang.IllegalStateException");
		assertThat(stackTrace(format, errors.get(0))).contains("boom " + HOSTILE)
			.contains("\tat dev.vigil.file.StructuredFormatTests");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash", "gelf" })
	void lineAndParagraphSeparatorsAreEscapedSoNoReaderSplitsTheLine(String format)
			throws IOException {
		attach(format, DataSize.ofMegabytes(2));
		String text = "one\u2028two\u2029three\u0085four";
		this.logback.context().getLogger("com.example.Orders")
			.atError()
			.addKeyValue("order", text)
			.setCause(new IllegalStateException(text))
			.log(text);
		for (String file : List.of("app.log", "error.log")) {
			String content = Files.readString(this.directory.resolve(file), StandardCharsets.UTF_8);
			assertThat(content).as(file).doesNotContain("\u2028", "\u2029", "\u0085").contains("one\\u2028two");
			assertThat(content.lines()).as(file).hasSize(1);
			JsonNode line = json.readTree(content);
			assertThat(message(format, line)).isEqualTo(text);
			assertThat(field(line, "order")).isEqualTo(text);
		}
	}

	@Test
	void ecsCarriesTheIdsUnderTheirEcsNamesWithOrWithoutAnException() {
		attach("ecs", DataSize.ofMegabytes(2));
		Logger logger = this.logback.context().getLogger("dev.vigil.errors");
		MDC.put("requestId", "req-3");
		MDC.put("errorId", "err-3");
		try {
			logger.warn("Client error");
			logger.error("Server error", new IllegalStateException("boom"));
		}
		finally {
			MDC.clear();
		}
		List<JsonNode> lines = parse("app.log");
		assertThat(lines).hasSize(2).allSatisfy((line) -> {
			assertThat(line.at("/http/request/id").asString()).isEqualTo("req-3");
			assertThat(line.at("/error/id").asString()).isEqualTo("err-3");
			assertThat(line.has("requestId")).isFalse();
			assertThat(line.has("errorId")).isFalse();
		});
		assertThat(lines.get(0).at("/error/type").isMissingNode()).isTrue();
		assertThat(lines.get(1).at("/error/type").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(lines.get(1).at("/error/message").asString()).isEqualTo("boom");
		assertThat(lines.get(1).at("/error/stack_trace").asString()).startsWith("java.lang.IllegalStateException: boom");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash", "gelf" })
	void theScannerFindsTheRequestIdUnderTheNameOfEachFormat(String format) {
		attach(format, DataSize.ofMegabytes(2));
		MDC.put("requestId", "req-7");
		try {
			this.logback.context().getLogger("com.example.Orders").error("failed", new IllegalStateException("boom"));
		}
		finally {
			MDC.clear();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = LogScan.run(new String[] { "--json", this.directory.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(status).isEqualTo(1);
		List<JsonNode> entries = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		assertThat(entries).singleElement()
			.satisfies((entry) -> assertThat(entry.get("requestId").asString()).isEqualTo("req-7"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash", "gelf" })
	void rotationKeepsEveryJsonLineWhole(String format) {
		attach(format, DataSize.ofKilobytes(8));
		Logger logger = this.logback.context().getLogger("com.example.Orders");
		for (int i = 0; i < 300; i++) {
			logger.info("event {}", i);
		}
		List<String> lines = LogFile.allLines(this.directory.resolve("app.log"), 3, false);
		assertThat(this.directory.resolve("app.log.1")).exists();
		for (String line : lines) {
			assertThat(json.readTree(line).isObject()).isTrue();
		}
		assertThat(message(format, json.readTree(lines.get(lines.size() - 1)))).isEqualTo("event 299");
	}

	private void attach(String format, DataSize maxSize) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.directory.toString());
		properties.setFormat(format);
		properties.getApp().setMaxSize(maxSize);
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "orders");
		this.files = this.logback.attach(properties, environment);
	}

	private List<JsonNode> parse(String file) {
		return new LogFile(this.directory.resolve(file)).lines().stream().map(json::readTree).toList();
	}

	/**
	 * A context field as each format places it: nested objects for ECS, flat keys for
	 * Logstash, an underscore prefix for GELF.
	 */
	private static String field(JsonNode line, String name) {
		JsonNode nested = line.at("/" + name.replace('.', '/'));
		if (!nested.isMissingNode()) {
			return nested.asString();
		}
		return line.has(name) ? line.path(name).asString() : line.path("_" + name).asString(null);
	}

	private static String requestId(String format) {
		return format.equals("ecs") ? "http.request.id" : "requestId";
	}

	private static String errorId(String format) {
		return format.equals("ecs") ? "error.id" : "errorId";
	}

	private static String message(String format, JsonNode line) {
		return switch (format) {
			case "gelf" -> line.path("short_message").asString();
			default -> line.path("message").asString();
		};
	}

	private static String stackTrace(String format, JsonNode line) {
		return switch (format) {
			case "ecs" -> line.path("error").path("stack_trace").asString();
			case "logstash" -> line.path("stack_trace").asString();
			default -> line.path("_error_stack_trace").asString();
		};
	}

}
