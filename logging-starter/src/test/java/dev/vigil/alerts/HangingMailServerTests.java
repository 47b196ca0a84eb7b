package dev.vigil.alerts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that accepts connections but never answers must not slow the application
 * down: requests and log calls return at once, alerts beyond the queue are dropped and counted,
 * and the health endpoint shows the failed deliveries.
 */
@SpringBootTest(classes = AlertsTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
				"vigil.alerts.mail.from=alerts@shop.example.com",
				"vigil.alerts.mail.queue-capacity=10", "vigil.alerts.mail.retries=1",
				"vigil.alerts.mail.retry-backoff=100ms", "vigil.alerts.mail.shutdown-timeout=500ms",
				"spring.mail.host=localhost", "spring.mail.properties.mail.smtp.connectiontimeout=1000",
				"spring.mail.properties.mail.smtp.timeout=1000", "spring.mail.properties.mail.smtp.writetimeout=1000",
				"management.health.mail.enabled=false", "management.endpoint.health.show-details=always" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class HangingMailServerTests {

	private static final Logger logger = LoggerFactory.getLogger("com.example.shop.Inventory");

	private static SilentSmtpServer mailServer;

	@TempDir
	static Path logs;

	@LocalServerPort
	int port;

	@Autowired
	AlertStats stats;


	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		mailServer = new SilentSmtpServer();
		registry.add("spring.mail.port", mailServer::port);
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@AfterAll
	static void stopMailServer() throws IOException {
		mailServer.close();
	}

	@Test
	void requestsThatLogErrorsAreServedWithoutWaitingForTheMailServer() throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			assertThat(get("/orders/" + i).status()).isEqualTo(200);
		}
		// Each mail waits at least two 1s timeouts on this server: 20 requests waiting on it
		// would take 40 seconds.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		await().until(() -> mailServer.connections() > 0);
	}

	@Test
	void logCallsReturnAtOnceAndAlertsBeyondTheQueueAreCountedAsDropped() {
		long droppedBefore = this.stats.getDropped();
		long suppressedBefore = this.stats.getSuppressed();
		long start = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			logger.error("Stock of item {} is negative", i);
		}
		// A log call that waited on this server would wait for a delivery (at least two 1s
		// timeouts) once the queues are full: 990 of them would take over half an hour. The bound
		// tells the two apart on a loaded machine; it is not a measurement.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		// Only what fits in the queues (10 each), plus the few alerts flood control lets through, is
		// kept: the dispatcher no longer waits on the mail server, so flood control holds back what
		// its queue would otherwise have dropped.
		long lost = this.stats.getDropped() - droppedBefore;
		long heldBack = this.stats.getSuppressed() - suppressedBefore;
		assertThat(lost + heldBack).isGreaterThanOrEqualTo(900);
		assertThat(this.stats.getQueued()).isLessThanOrEqualTo(10);
	}

	@Test
	void healthShowsTheFailedDeliveries(CapturedOutput output) throws Exception {
		logger.error("Warehouse unreachable");
		await().atMost(Duration.ofSeconds(20)).until(() -> this.stats.getFailed() > 0);
		JsonNode health = JsonMapper.shared().readTree(get("/actuator/health/logging").body());
		assertThat(health.path("status").asString()).isEqualTo("UP");
		JsonNode alerts = health.path("details").path("alerts");
		assertThat(alerts.path("enabled").asBoolean()).isTrue();
		assertThat(alerts.path("failed").asLong()).isPositive();
		assertThat(alerts.path("lastFailure").asString()).containsIgnoringCase("timed out");
		assertThat(alerts.has("dropped")).isTrue();
		assertThat(output).contains("WARN  [vigil-alert-mail] dev.vigil.alerts.MailDelivery - Could not send");
	}

	private TestClient.Response get(String path) {
		return new TestClient(this.port).get(path);
	}

}
