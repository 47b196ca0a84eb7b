package dev.vigil.file;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vigil.VigilMdc;
import dev.vigil.scan.LogScan;
import dev.vigil.test.LogFile;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace and span id that a tracing bridge keeps in the MDC, in Vigil's files: in the
 * default text pattern only when there is one, in the JSON formats under each format's names.
 */
class TraceIdsInFilesTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String SPAN_ID = "00f067aa0ba902b7";

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	private RollingFiles files;

	@Test
	void defaultPatternShowsTraceAndSpanIdBesideTheRequestIdWhenTheMdcHasThem() {
		attach("text");
		logWithMdc(TRACE_ID, SPAN_ID, "Order 42 shipped");
		assertThat(lines("app.log")).singleElement()
			.asString()
			.endsWith(" com.example.Orders [req-1] [" + TRACE_ID + "-" + SPAN_ID + "] - Order 42 shipped");
		assertThat(scan()).singleElement().satisfies((entry) -> {
			assertThat(entry.get("requestId").asString()).isEqualTo("req-1");
			assertThat(entry.get("logger").asString()).isEqualTo("com.example.Orders");
			assertThat(entry.get("message").asString()).isEqualTo("Order 42 shipped");
		});
	}

	@Test
	void defaultPatternShowsNothingMoreThanBeforeWithoutATraceId() {
		attach("text");
		logWithMdc(null, null, "Order 42 shipped");
		assertThat(lines("app.log")).singleElement()
			.asString()
			.endsWith(" com.example.Orders [req-1] - Order 42 shipped");
	}

	@Test
	void aTraceIdFromOutsideCannotStartALineOfItsOwn() {
		attach("text");
		logWithMdc("abc\n2026-01-01T00:00:00.000Z ERROR forged", SPAN_ID, "Order 42 shipped");
		assertThat(lines("app.log")).singleElement()
			.asString()
			.contains("[abc\\n2026-01-01T00:00:00.000Z ERROR forged-" + SPAN_ID + "]");
	}

	@Test
	void ecsWritesTraceAndSpanIdUnderTheirEcsNames() {
		attach("ecs");
		logWithMdc(TRACE_ID, SPAN_ID, "Order 42 shipped");
		JsonNode line = json.readTree(lines("app.log").get(0));
		assertThat(line.at("/trace/id").asString()).isEqualTo(TRACE_ID);
		assertThat(line.at("/span/id").asString()).isEqualTo(SPAN_ID);
		assertThat(line.has("traceId")).isFalse();
		assertThat(line.has("spanId")).isFalse();
	}

	@Test
	void logstashKeepsTheMdcNamesAsLogstashEncodersDo() {
		attach("logstash");
		logWithMdc(TRACE_ID, SPAN_ID, "Order 42 shipped");
		JsonNode line = json.readTree(lines("app.log").get(0));
		assertThat(line.path("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(line.path("spanId").asString()).isEqualTo(SPAN_ID);
	}

	@Test
	void gelfWritesThemAsAdditionalFields() {
		attach("gelf");
		logWithMdc(TRACE_ID, SPAN_ID, "Order 42 shipped");
		JsonNode line = json.readTree(lines("app.log").get(0));
		assertThat(line.path("_traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(line.path("_spanId").asString()).isEqualTo(SPAN_ID);
	}

	private void logWithMdc(String traceId, String spanId, String message) {
		Logger logger = this.logback.context().getLogger("com.example.Orders");
		MDC.put(VigilMdc.REQUEST_ID, "req-1");
		if (traceId != null) {
			MDC.put(VigilMdc.TRACE_ID, traceId);
			MDC.put(VigilMdc.SPAN_ID, spanId);
		}
		try {
			logger.info(message);
		}
		finally {
			MDC.clear();
		}
	}

	private void attach(String format) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.directory.toString());
		properties.setFormat(format);
		this.files = this.logback.attach(properties,
				new MockEnvironment().withProperty("spring.application.name", "orders"));
	}

	private List<String> lines(String file) {
		this.files.flush();
		return new LogFile(this.directory.resolve(file)).lines();
	}

	private List<JsonNode> scan() {
		this.files.flush();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LogScan.run(new String[] { "--json", "--level", "INFO", this.directory.resolve("app.log").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
	}

}
