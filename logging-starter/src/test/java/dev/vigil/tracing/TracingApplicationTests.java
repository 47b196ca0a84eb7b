package dev.vigil.tracing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.vigil.errors.ErrorRegistry;
import dev.vigil.file.RollingFiles;
import dev.vigil.test.LogFile;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import dev.vigil.tracing.OtlpLogReceiver.ExportedLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application with {@code spring-boot-starter-opentelemetry} and OpenTelemetry's Logback
 * appender on the classpath, and nothing else: the same trace id in the problem, the request
 * line, {@code error.log} and the registry, and every log event exported to a real OTLP/HTTP
 * receiver, decoded with the official protobuf classes, without what the files mask.
 */
@Tag("tracing")
@SpringBootTest(classes = TracingTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.tracing.sampling.probability=1.0",
				"management.opentelemetry.logging.export.schedule-delay=50ms",
				"management.otlp.metrics.export.enabled=false", "vigil.requests.include-headers=true",
				"vigil.requests.request-id-source=trace" })
class TracingApplicationTests extends TemporaryLogDirectory {

	// OTLP's severity numbers
	private static final int INFO = 9;

	private static final int ERROR = 17;

	private static final OtlpLogReceiver collector = new OtlpLogReceiver();

	@LocalServerPort
	int port;

	@Autowired
	RollingFiles files;

	@Autowired
	ErrorRegistry registry;

	@DynamicPropertySource
	static void collector(DynamicPropertyRegistry registry) {
		registry.add("management.opentelemetry.logging.export.otlp.endpoint", collector::endpoint);
	}

	@AfterAll
	static void stopCollector() {
		collector.close();
	}

	@Test
	void theCallersTraceIdIsInTheProblemTheRequestLineTheErrorLogAndTheRegistry() {
		String traceId = newTraceId();
		TestClient.Response response = http().get("/orders/42/fail", "traceparent", traceparent(traceId));
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.json().path("traceId").asString()).isEqualTo(traceId);
		// vigil.requests.request-id-source=trace
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(traceId);
		String errorId = response.errorId();
		String line = appLog().awaitRequestLine(traceId);
		assertThat(line).contains("GET /orders/42/fail -> 500", "requestId=" + traceId, "traceId=" + traceId)
			.contains(" [" + traceId + "] [" + traceId + "-");
		List<String> errors = new LogFile(logs.resolve("error.log")).lines();
		assertThat(errors).filteredOn((entry) -> entry.contains("errorId=" + errorId))
			.singleElement()
			.asString()
			.contains(" [" + traceId + "-");
		assertThat(this.registry.groups()).filteredOn((group) -> errorId.equals(group.lastErrorId()))
			.singleElement()
			.satisfies((group) -> assertThat(group.lastTraceId()).isEqualTo(traceId))
			.satisfies((group) -> assertThat(group.recentOccurrences().get(0).traceId()).isEqualTo(traceId));
	}

	@Test
	void withoutACallersTraceTheRequestGetsATraceOfItsOwnShownTheSameEverywhere() {
		TestClient.Response response = http().get("/orders/43/fail");
		String traceId = response.json().path("traceId").asString();
		assertThat(traceId).matches("[0-9a-f]{32}");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(traceId);
		assertThat(appLog().awaitRequestLine(traceId)).contains("traceId=" + traceId);
	}

	@Test
	void everyLogEventIsExportedWithItsTraceSeverityAndVigilsAttributes() {
		String traceId = newTraceId();
		TestClient.Response response = http().get("/orders/707?item=book", "traceparent", traceparent(traceId));
		assertThat(response.status()).isEqualTo(200);
		ExportedLog line = awaitRecord("GET /orders/707?item=book -> 200");
		assertThat(line.traceId()).isEqualTo(traceId);
		assertThat(line.spanId()).matches("[0-9a-f]{16}");
		assertThat(line.severity()).isEqualTo(INFO);
		assertThat(line.attributes().get("http.request.method")).isEqualTo("GET");
		assertThat(line.attributes().get("url.path")).isEqualTo("/orders/707");
		assertThat(line.attributes().get("url.query")).isEqualTo("item=book");
		assertThat(line.attributes().get("http.response.status_code")).isEqualTo("200");
		assertThat(line.attributes().get("requestId")).isEqualTo(traceId);
		ExportedLog application = awaitRecord("Order 707 looked up");
		assertThat(application.traceId()).isEqualTo(traceId);
		assertThat(application.attributes().get("requestId")).isEqualTo(traceId);
	}

	@Test
	void theErrorEntryIsExportedWithItsErrorIdAndException() {
		String traceId = newTraceId();
		TestClient.Response response = http().get("/orders/44/fail", "traceparent", traceparent(traceId));
		String errorId = response.errorId();
		ExportedLog entry = awaitRecord("Unhandled exception errorId=" + errorId);
		assertThat(entry.severity()).isEqualTo(ERROR);
		assertThat(entry.traceId()).isEqualTo(traceId);
		assertThat(entry.attributes().get("errorId")).isEqualTo(errorId);
		assertThat(entry.attributes().get("exception.type")).isEqualTo("java.lang.IllegalStateException");
	}

	@Test
	void nothingExportedOverOtlpHoldsWhatTheFilesMask() {
		String traceId = newTraceId();
		TestClient.Response response = http().get("/orders/45;token=PATH-SECRET/fail?password=QUERY-SECRET&item=book",
				"Authorization", "Bearer HEADER-SECRET", "traceparent", traceparent(traceId));
		assertThat(response.status()).isEqualTo(500);
		ExportedLog line = awaitRecord("GET /orders/45");
		awaitRecord("Unhandled exception errorId=" + response.errorId());
		assertThat(line.body()).contains("password=***", "Authorization=***");
		assertThat(line.attributes().get("url.query")).isEqualTo("password=***&item=book");
		assertThat(collector.records()).map(ExportedLog::everything)
			.noneMatch((record) -> record.contains("PATH-SECRET") || record.contains("QUERY-SECRET")
					|| record.contains("HEADER-SECRET"));
		this.files.flush();
		assertThat(appLog().content()).contains("password=***")
			.doesNotContain("PATH-SECRET", "QUERY-SECRET", "HEADER-SECRET");
	}

	@Test
	void aCollectorThatDoesNotAnswerHoldsUpNoRequest() {
		collector.hang();
		try {
			http().get("/orders/1");
			await().atMost(Duration.ofSeconds(10)).until(() -> collector.heldExports() > 0);
			List<TestClient.Response> responses = IntStream.range(0, 20).mapToObj((i) -> http().get("/orders/" + i)).toList();
			assertThat(responses).extracting(TestClient.Response::status).containsOnly(200);
			for (TestClient.Response response : responses) {
				assertThat(appLog().awaitRequestLine(response.headers().firstValue("X-Request-Id").orElseThrow()))
					.contains(" -> 200 ");
			}
			// all of it while the exporter still waits for the collector
			assertThat(collector.heldExports()).isPositive();
		}
		finally {
			collector.answer();
		}
	}

	private ExportedLog awaitRecord(String bodyStart) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(collector.records()).extracting(ExportedLog::body)
				.anyMatch((body) -> body.startsWith(bodyStart)));
		return collector.records().stream().filter((record) -> record.body().startsWith(bodyStart)).findFirst().get();
	}

	private static String newTraceId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static String traceparent(String traceId) {
		return "00-" + traceId + "-00f067aa0ba902b7-01";
	}

	private TestClient http() {
		return new TestClient(this.port);
	}

	private LogFile appLog() {
		this.files.flush();
		return new LogFile(logs.resolve("app.log"));
	}

}
