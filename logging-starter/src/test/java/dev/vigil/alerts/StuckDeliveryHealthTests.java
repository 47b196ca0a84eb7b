package dev.vigil.alerts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While a mail server trickles, the {@code logging} component of the health endpoint is
 * DEGRADED and says why, but the application's overall health stays as the other components
 * make it: a slow mail server takes no instance out of service. Once the delivery is cut off,
 * the component is UP again by itself.
 */
@SpringBootTest(classes = AlertsTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
				"vigil.alerts.mail.from=alerts@shop.example.com", "vigil.alerts.mail.retries=0",
				"vigil.alerts.mail.delivery-timeout=6s", "vigil.alerts.mail.shutdown-timeout=100ms",
				"spring.mail.host=localhost", "management.health.mail.enabled=false",
				"management.endpoint.health.show-details=always" })
@DirtiesContext
class StuckDeliveryHealthTests {

	private static TricklingSmtpServer mailServer;

	@TempDir
	static Path logs;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		mailServer = new TricklingSmtpServer();
		registry.add("spring.mail.port", mailServer::port);
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@AfterAll
	static void stopMailServer() throws IOException {
		mailServer.close();
	}

	@Test
	void stuckDeliveryDegradesTheLoggingComponentButNotTheApplication() {
		TestClient client = new TestClient(this.port);
		assertThat(client.get("/orders/1").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode logging = json(client.get("/actuator/health/logging"));
			assertThat(logging.path("status").asString()).isEqualTo("DEGRADED");
			assertThat(logging.path("details").path("alerts").path("delivery").asString()).startsWith("stuck since ");
		});
		TestClient.Response overall = client.get("/actuator/health");
		assertThat(overall.status()).isEqualTo(200);
		JsonNode health = json(overall);
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("logging").path("status").asString()).isEqualTo("DEGRADED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(json(client.get("/actuator/health/logging")).path("status").asString())
				.isEqualTo("UP"));
	}

	private static JsonNode json(TestClient.Response response) {
		return JsonMapper.shared().readTree(response.body());
	}

}
