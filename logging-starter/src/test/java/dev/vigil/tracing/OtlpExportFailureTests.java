package dev.vigil.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.vigil.errors.ErrorRegistry;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A collector that cannot be reached: the application serves as before, and the failed exports
 * show in the {@code logging} health component's error rate and in the error registry.
 */
@Tag("tracing")
@SpringBootTest(classes = TracingTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.opentelemetry.logging.export.schedule-delay=50ms",
				"management.otlp.metrics.export.enabled=false",
				"management.endpoint.health.show-details=always" })
class OtlpExportFailureTests extends TemporaryLogDirectory {

	@LocalServerPort
	int port;

	@Autowired
	ErrorRegistry registry;

	@DynamicPropertySource
	static void unreachableCollector(DynamicPropertyRegistry registry) {
		registry.add("management.opentelemetry.logging.export.otlp.endpoint",
				() -> "http://127.0.0.1:" + closedPort() + "/v1/logs");
	}

	@Test
	void failedExportsShowInHealthAndTheRegistryWhileRequestsAreServed() {
		TestClient http = new TestClient(this.port);
		assertThat(http.get("/orders/1").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.registry.groups()
				.stream()
				.anyMatch((group) -> group.lastLogger().startsWith("io.opentelemetry.exporter")));
		assertThat(http.get("/actuator/health/logging").json().path("details").path("errorsLastMinute").asLong())
			.isPositive();
		assertThat(http.get("/orders/2").status()).isEqualTo(200);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
