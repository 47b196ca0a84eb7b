package dev.vigil.alerts.webhook;

import java.time.Duration;
import java.util.List;

import dev.vigil.alerts.AlertStats;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Flood control reaches the HTTP channels as it reaches the mail: a burst of identical errors is
 * one message, then one digest once the dedupe window has passed.
 */
class WebhookFloodTests {

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	@Test
	void aThousandIdenticalErrorsAreOneMessageAndOneDigest() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			WebhookChannels.runner()
				.withPropertyValues("vigil.alerts.webhook.enabled=true",
						"vigil.alerts.webhook.url=" + receiver.url("/alerts"), "vigil.alerts.dedupe-window=5s",
						"vigil.alerts.queue-capacity=1000")
				.run((context) -> {
					for (int i = 0; i < 1000; i++) {
						orders.error("Order {} failed", i);
					}
					AlertStats stats = context.getBean(AlertStats.class);
					await().atMost(Duration.ofSeconds(20)).until(() -> receiver.delivered().size() == 2);
					List<JsonNode> documents = receiver.delivered();
					JsonNode alert = documents.get(0);
					assertThat(alert.path("type").asString()).isEqualTo("alert");
					assertThat(alert.path("message").asString()).isEqualTo("Order 0 failed");
					JsonNode digest = documents.get(1);
					assertThat(digest.path("type").asString()).isEqualTo("digest");
					assertThat(digest.path("total").asLong()).isEqualTo(999);
					assertThat(digest.path("kinds")).hasSize(1);
					assertThat(digest.path("kinds").get(0).path("fingerprint").asString())
						.isEqualTo(alert.path("fingerprint").asString());
					assertThat(digest.path("kinds").get(0).path("count").asLong()).isEqualTo(999);
					assertThat(digest.path("other").asLong()).isZero();
					assertThat(stats.getSuppressed()).isEqualTo(999);
					assertThat(stats.getDropped()).isZero();
					await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
						.until(() -> receiver.requests().size() == 2);
				});
		}
	}

}
