package dev.vigil.alerts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
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
 * A mail server that is down: requests are served as usual and the health endpoint shows the
 * refused connections; once a mail server listens again, health shows the delivery that
 * succeeded after them.
 */
@SpringBootTest(classes = AlertsTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
				"vigil.alerts.mail.from=alerts@shop.example.com",
				"vigil.alerts.mail.retries=2", "vigil.alerts.mail.retry-backoff=50ms", "spring.mail.host=localhost",
				"management.health.mail.enabled=false", "management.endpoint.health.show-details=always" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClosedMailPortTests {

	@TempDir
	static Path logs;

	private static int closedPort;

	@LocalServerPort
	int port;


	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		closedPort = SilentSmtpServer.closedPort();
		registry.add("spring.mail.port", () -> closedPort);
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@Test
	@Order(1)
	void requestsAreServedAndHealthShowsTheRefusedConnections() throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			assertThat(get("/orders/" + i).status()).isEqualTo(200);
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode alerts = JsonMapper.shared()
				.readTree(get("/actuator/health/logging").body())
				.path("details")
				.path("alerts");
			assertThat(alerts.path("failed").asLong()).isPositive();
			assertThat(alerts.path("lastFailure").asString()).contains("Connection refused");
			// no mail was delivered yet
			assertThat(alerts.has("lastSuccess")).isFalse();
			assertThat(alerts.path("channels").path("mail").has("lastSuccess")).isFalse();
		});
	}

	@Test
	@Order(2)
	void healthShowsTheLastSuccessAfterTheLastFailureOnceTheMailServerIsBack() throws Exception {
		GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.port(closedPort));
		mailServer.start();
		try {
			LoggerFactory.getLogger("com.example.shop.Inventory").error("Stock is negative");
			await().atMost(Duration.ofSeconds(20)).until(() -> mailServer.getReceivedMessages().length >= 1);
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				JsonNode alerts = JsonMapper.shared()
					.readTree(get("/actuator/health/logging").body())
					.path("details")
					.path("alerts");
				JsonNode mail = alerts.path("channels").path("mail");
				assertThat(mail.path("lastFailure").asString()).contains("Connection refused");
				assertThat(mail.path("lastSuccess").isString()).as("lastSuccess of %s", mail).isTrue();
				Instant lastFailure = Instant.parse(mail.path("lastFailure").asString().split(" ")[0]);
				assertThat(Instant.parse(mail.path("lastSuccess").asString())).isAfter(lastFailure);
				assertThat(alerts.path("lastSuccess").asString()).isEqualTo(mail.path("lastSuccess").asString());
			});
		}
		finally {
			mailServer.stop();
		}
	}

	private TestClient.Response get(String path) {
		return new TestClient(this.port).get(path);
	}

}
