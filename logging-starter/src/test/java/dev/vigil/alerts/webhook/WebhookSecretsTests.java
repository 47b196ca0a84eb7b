package dev.vigil.alerts.webhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.ChannelStats;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
 * The URLs of chat webhooks and the headers of a webhook are credentials: when every delivery
 * fails (a 500, a refused connection, a receiver that never answers), neither the health
 * details, the failures counted, the console nor the log files show their path, query or
 * header values; only scheme and host.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.alerts.webhook.enabled=true",
				"vigil.alerts.webhook.headers.Authorization=Bearer HEADERS3CR3T",
				"vigil.alerts.webhook.retry-backoff=50ms", "vigil.alerts.webhook.delivery-timeout=1s",
				"vigil.alerts.slack.enabled=true", "vigil.alerts.slack.retry-backoff=50ms",
				"vigil.alerts.slack.delivery-timeout=1s", "vigil.alerts.teams.enabled=true",
				"vigil.alerts.teams.read-timeout=200ms", "vigil.alerts.teams.delivery-timeout=1s",
				"vigil.alerts.shutdown-timeout=100ms", "management.endpoint.health.show-details=always",
				"logging.level.org.springframework.web.client=DEBUG" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class WebhookSecretsTests extends TemporaryLogDirectory {

	private static final List<String> SECRETS = List.of("PATHS3CR3T", "QUERYS3CR3T", "HEADERS3CR3T", "SL4CKS3CR3T",
			"TE4MSS3CR3T", "SIGS3CR3T");

	private static WebhookReceiver failing;

	private static WebhookReceiver hung;

	@LocalServerPort
	int port;

	@Autowired
	AlertStats stats;

	@DynamicPropertySource
	static void urls(DynamicPropertyRegistry registry) throws IOException {
		failing = new WebhookReceiver().otherwise(500);
		hung = WebhookReceiver.hung();
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		registry.add("vigil.alerts.webhook.url", () -> failing.url("/hooks/PATHS3CR3T?token=QUERYS3CR3T"));
		registry.add("vigil.alerts.slack.url",
				() -> "http://127.0.0.1:" + closedPort + "/services/T000/B000/SL4CKS3CR3T");
		registry.add("vigil.alerts.teams.url", () -> hung.url("/workflows/TE4MSS3CR3T/run?sig=SIGS3CR3T"));
	}

	@AfterAll
	static void stopReceivers() {
		failing.close();
		hung.close();
	}

	@Test
	void secretsOfUrlsAndHeadersShowNowhereWhenDeliveriesFail(CapturedOutput output) throws IOException {
		TestClient client = new TestClient(this.port);
		assertThat(client.get("/payments/1").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.stats.getChannels().values().stream().allMatch((channel) -> channel.getFailed() > 0));
		assertThat(failing.requests()).isNotEmpty();
		assertThat(failing.requests().get(0).header("Authorization")).isEqualTo("Bearer HEADERS3CR3T");
		assertThat(hung.requests()).isNotEmpty();
		String health = client.get("/actuator/health/logging").body();
		assertThat(health).contains("\"webhook\"", "\"slack\"", "\"teams\"", "POST to http://127.0.0.1:");
		assertThat(health).doesNotContain(SECRETS);
		for (ChannelStats channel : this.stats.getChannels().values()) {
			assertThat(channel.getLastFailure()).contains("POST to http://127.0.0.1:").doesNotContain(SECRETS);
		}
		assertThat(this.stats.getLastFailure()).doesNotContain(SECRETS);
		assertThat(output.getAll()).contains("Could not deliver an alert of the channel 'slack'")
			.doesNotContain(SECRETS);
		assertThat(logFiles()).isNotEmpty().allSatisfy((text) -> assertThat(text).doesNotContain(SECRETS));
	}

	private static List<String> logFiles() throws IOException {
		try (Stream<Path> files = Files.list(logs)) {
			return files.filter(Files::isRegularFile).map((file) -> {
				try {
					return Files.readString(file);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
	}

}
