package dev.vigil.alerts.webhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.ChannelStats;
import dev.vigil.alerts.webhook.WebhookReceiver.Answer;
import dev.vigil.health.LoggingHealthAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the HTTP channels retry and what they do not, against a real HTTP server: connection
 * failures, timeouts, 429 and 5xx are retried within the delivery timeout, other answers are
 * final, and every failure shows in the channel's own counters.
 */
class WebhookRetryTests {

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private final WebhookReceiver receiver;

	WebhookRetryTests() throws IOException {
		this.receiver = new WebhookReceiver();
	}

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@Test
	void aServerErrorIsRetriedAndTheAlertDeliveredOnce() {
		this.receiver.answer(Answer.status(500));
		webhook(this.receiver.url("/alerts")).run((context) -> {
			orders.error("Order {} could not be placed", 1);
			ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
			await().until(() -> webhook.getSent() == 1);
			assertThat(this.receiver.requests()).extracting(WebhookReceiver.Request::status).containsExactly(500, 200);
			assertThat(this.receiver.requests().get(0).body()).isEqualTo(this.receiver.requests().get(1).body());
			assertThat(this.receiver.delivered()).hasSize(1);
			assertThat(webhook.getFailed()).isZero();
		});
	}

	@Test
	void tooManyRequestsIsRetriedAfterTheTimeTheReceiverAskedFor() {
		this.receiver.answer(new Answer(429, "1"));
		webhook(this.receiver.url("/alerts")).run((context) -> {
			orders.error("Order {} could not be placed", 2);
			ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
			await().until(() -> webhook.getSent() == 1);
			List<WebhookReceiver.Request> requests = this.receiver.requests();
			assertThat(requests).extracting(WebhookReceiver.Request::status).containsExactly(429, 200);
			// the backoff is 10ms: only the Retry-After header makes it wait a second
			assertThat(Duration.between(requests.get(0).time(), requests.get(1).time()))
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		});
	}

	@Test
	void aClientErrorOtherThan429IsNotRetried() {
		this.receiver.answer(Answer.status(404));
		webhook(this.receiver.url("/alerts")).run((context) -> {
			orders.error("Order {} could not be placed", 3);
			ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
			await().until(() -> webhook.getFailed() == 1);
			assertThat(this.receiver.requests()).hasSize(1);
			assertThat(webhook.getSent()).isZero();
			assertThat(webhook.getLastFailure()).endsWith("POST to http://127.0.0.1:" + port(this.receiver)
					+ " failed after 1 attempt: the receiver answered 404; not retried");
		});
	}

	@Test
	void aRetryAfterBeyondTheDeliveryTimeoutEndsTheDeliveryAtOnce() {
		this.receiver.answer(new Answer(503, "120"));
		webhook(this.receiver.url("/alerts")).run((context) -> {
			orders.error("Order {} could not be placed", 4);
			ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
			await().until(() -> webhook.getFailed() == 1);
			assertThat(this.receiver.requests()).hasSize(1);
			assertThat(webhook.getLastFailure()).contains("the receiver answered 503; the receiver asked to retry "
					+ "after 120s, beyond vigil.alerts.webhook.delivery-timeout (5s)");
		});
	}

	@Test
	void aHungReceiverIsRetriedUntilTheDeliveryTimeoutThenTheFailureShows() throws IOException {
		try (WebhookReceiver hung = WebhookReceiver.hung()) {
			webhook(hung.url("/alerts"))
				.withPropertyValues("vigil.alerts.webhook.read-timeout=300ms",
						"vigil.alerts.webhook.delivery-timeout=1500ms")
				.run((context) -> {
					orders.error("Order {} could not be placed", 5);
					ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
					await().until(() -> webhook.getFailed() == 1);
					assertThat(hung.requests().size()).isGreaterThan(1);
					assertThat(webhook.getLastFailure()).contains("POST to http://127.0.0.1:" + port(hung) + " failed after ")
						.contains("no answer (HttpTimeoutException");
					assertThat(webhook.getDelivery()).isNull();
				});
		}
	}

	@Test
	void aRefusedConnectionIsRetriedThenCountedAsFailed() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		webhook("http://127.0.0.1:" + closedPort + "/alerts")
			.withPropertyValues("vigil.alerts.webhook.delivery-timeout=500ms")
			.run((context) -> {
				orders.error("Order {} could not be placed", 6);
				ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
				await().until(() -> webhook.getFailed() == 1);
				assertThat(webhook.getLastFailure()).containsPattern("failed after [2-9][0-9]* attempts: ")
					.contains("no answer (ConnectException");
			});
	}

	@Test
	void aFailureShowsForItsChannelOnlyAndTheNextAlertIsDeliveredAgain() throws IOException {
		try (WebhookReceiver slack = new WebhookReceiver()) {
			this.receiver.answer(Answer.status(400));
			webhook(this.receiver.url("/alerts"))
				.withPropertyValues("vigil.alerts.slack.enabled=true", "vigil.alerts.slack.url=" + slack.url("/services/x"))
				.run((context) -> {
					orders.error("Order {} could not be placed", 7);
					AlertStats stats = context.getBean(AlertStats.class);
					ChannelStats webhook = stats.getChannels().get("webhook");
					await().until(() -> webhook.getFailed() == 1 && stats.getChannels().get("slack").getSent() == 1);
					assertThat(stats.getChannels().get("slack").getFailed()).isZero();
					assertThat(stats.getChannels().get("slack").getLastFailure()).isNull();
					LoggerFactory.getLogger("com.example.shop.Inventory").error("Stock is negative");
					await().until(() -> webhook.getSent() == 1);
					assertThat(webhook.getFailed()).isEqualTo(1);
				});
		}
	}

	@Test
	void healthShowsTheLastSuccessAfterTheLastFailureOnceTheReceiverAnswersAgain() throws IOException {
		try (WebhookReceiver slack = new WebhookReceiver().otherwise(400)) {
			this.receiver.answer(Answer.status(400));
			webhook(this.receiver.url("/alerts"))
				.withPropertyValues("vigil.alerts.slack.enabled=true", "vigil.alerts.slack.url=" + slack.url("/services/x"))
				.withConfiguration(AutoConfigurations.of(LoggingHealthAutoConfiguration.class))
				.run((context) -> {
					AlertStats stats = context.getBean(AlertStats.class);
					ChannelStats webhook = stats.getChannels().get("webhook");
					orders.error("Order {} could not be placed", 9);
					await().until(() -> webhook.getFailed() == 1);
					HealthIndicator health = context.getBean("loggingHealthIndicator", HealthIndicator.class);
					assertThat(channelDetails(health, "webhook")).containsKey("lastFailure").doesNotContainKey("lastSuccess");
					LoggerFactory.getLogger("com.example.shop.Inventory").error("Stock is negative");
					await().until(() -> webhook.getSent() == 1 && stats.getChannels().get("slack").getFailed() == 2);
					Map<String, Object> recovered = channelDetails(health, "webhook");
					assertThat(recovered).containsKeys("lastFailure", "lastSuccess");
					Instant lastFailure = Instant.parse(((String) recovered.get("lastFailure")).split(" ")[0]);
					Instant lastSuccess = Instant.parse((String) recovered.get("lastSuccess"));
					assertThat(lastSuccess).isAfter(lastFailure);
					assertThat(alertDetails(health)).containsEntry("lastSuccess", recovered.get("lastSuccess"));
					assertThat(channelDetails(health, "slack")).containsKey("lastFailure").doesNotContainKey("lastSuccess");
				});
		}
	}

	@Test
	void theShutdownTimeoutEndsTheRetriesOfADelivery() {
		this.receiver.otherwise(503);
		AtomicReference<ChannelStats> stats = new AtomicReference<>();
		webhook(this.receiver.url("/alerts"))
			.withPropertyValues("vigil.alerts.webhook.retry-backoff=5s", "vigil.alerts.webhook.delivery-timeout=60s",
					"vigil.alerts.shutdown-timeout=300ms")
			.run((context) -> {
				stats.set(context.getBean(AlertStats.class).getChannels().get("webhook"));
				orders.error("Order {} could not be placed", 8);
				await().until(() -> this.receiver.requests().size() == 1);
			});
		// the context is closed: no retry five seconds later, and the delivery counts as failed
		await().atMost(Duration.ofSeconds(4)).until(() -> stats.get().getFailed() == 1);
		assertThat(stats.get().getLastFailure()).contains("failed after 1 attempt: the delivery took longer than "
				+ "vigil.alerts.webhook.delivery-timeout (60s) or the shutdown timeout");
		assertThat(this.receiver.requests()).hasSize(1);
	}

	private static ApplicationContextRunner webhook(String url) {
		return WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true", "vigil.alerts.webhook.url=" + url,
					"vigil.alerts.webhook.retry-backoff=10ms", "vigil.alerts.webhook.delivery-timeout=5s",
					"vigil.alerts.shutdown-timeout=100ms");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> alertDetails(HealthIndicator health) {
		return (Map<String, Object>) health.health(true).getDetails().get("alerts");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> channelDetails(HealthIndicator health, String channel) {
		return (Map<String, Object>) ((Map<String, Object>) alertDetails(health).get("channels")).get(channel);
	}

	private static int port(WebhookReceiver receiver) {
		String url = receiver.url("");
		return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
	}

}
