package dev.vigil.alerts.webhook;

import java.io.IOException;
import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A webhook receiver that accepts connections but never answers holds each delivery for its
 * whole delivery timeout (here a minute). It must delay nothing else: requests that log errors
 * are served at once, and the Slack channel and the mail get every alert long before that
 * timeout.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.alerts.webhook.enabled=true", "vigil.alerts.webhook.read-timeout=60s",
				"vigil.alerts.webhook.delivery-timeout=60s", "vigil.alerts.slack.enabled=true",
				"vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
				"vigil.alerts.mail.from=alerts@shop.example.com", "spring.mail.host=localhost",
				"management.health.mail.enabled=false", "vigil.alerts.shutdown-timeout=100ms" })
@DirtiesContext
class HungWebhookTests extends TemporaryLogDirectory {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static WebhookReceiver hung;

	private static WebhookReceiver slack;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void receivers(DynamicPropertyRegistry registry) throws IOException {
		hung = WebhookReceiver.hung();
		slack = new WebhookReceiver();
		registry.add("vigil.alerts.webhook.url", () -> hung.url("/alerts"));
		registry.add("vigil.alerts.slack.url", () -> slack.url("/services/T0/B0/X"));
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	@AfterAll
	static void stopReceivers() {
		hung.close();
		slack.close();
	}

	@Test
	void requestsThatLogErrorsAreServedWithoutWaitingForTheWebhook() {
		TestClient client = new TestClient(this.port);
		long start = System.nanoTime();
		for (int id = 100; id < 110; id++) {
			assertThat(client.get("/payments/" + id).status()).isEqualTo(200);
		}
		// waiting for the webhook would take a minute per request
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		await().until(() -> !hung.requests().isEmpty());
	}

	@Test
	void theOtherChannelsGetEveryAlertWhileTheWebhookHangs() {
		TestClient client = new TestClient(this.port);
		int before = slack.delivered().size();
		int mailsBefore = greenMail.getReceivedMessages().length;
		assertThat(client.get("/payments/1").status()).isEqualTo(200);
		assertThat(client.get("/payments/2").status()).isEqualTo(200);
		// well within the webhook's delivery timeout of a minute
		await().atMost(Duration.ofSeconds(15)).until(() -> slack.delivered().size() >= before + 2
				&& greenMail.getReceivedMessages().length >= mailsBefore + 2);
		assertThat(slack.delivered()).extracting((message) -> message.path("text").asString())
			.anySatisfy((text) -> assertThat(text).contains("Payments1"))
			.anySatisfy((text) -> assertThat(text).contains("Payments2"));
	}

}
