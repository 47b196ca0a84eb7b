package dev.vigil.alerts.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertDigest;
import dev.vigil.alerts.AlertStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook channel POSTs the documented JSON document, version 1, for an alert logged by the
 * application, through the real dispatcher to a real HTTP server.
 */
class WebhookDocumentTests {

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private final WebhookReceiver receiver;

	WebhookDocumentTests() throws Exception {
		this.receiver = new WebhookReceiver();
	}

	@AfterEach
	void stop() {
		this.receiver.close();
		MDC.clear();
	}

	@Test
	void anAlertArrivesAsTheDocumentedDocumentWithTheConfiguredHeaders() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true",
					"vigil.alerts.webhook.url=" + this.receiver.url("/alerts/in?source=vigil"),
					"vigil.alerts.webhook.headers.Authorization=Bearer s3cr3t", "spring.application.name=shop",
					"vigil.alerts.page-url=https://shop.example.com/actuator/vigil")
			.run((context) -> {
				MDC.put("requestId", "req-42");
				MDC.put("errorId", "err-7");
				MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
				orders.error("Order {} could not be placed", 42, new IllegalStateException("card declined"));
				MDC.clear();
				await().until(() -> this.receiver.delivered().size() == 1);
				WebhookReceiver.Request request = this.receiver.requests().get(0);
				assertThat(request.method()).isEqualTo("POST");
				assertThat(request.uri()).isEqualTo("/alerts/in?source=vigil");
				assertThat(request.header("Content-Type")).isEqualTo("application/json");
				assertThat(request.header("Authorization")).isEqualTo("Bearer s3cr3t");
				JsonNode document = request.json();
				assertThat(names(document)).containsExactly("type", "version", "fingerprint", "label", "level", "count",
						"firstSeen", "lastSeen", "time", "logger", "thread", "message", "exception", "topFrames",
						"requestId", "errorId", "traceId", "application", "host", "link", "rule");
				assertThat(document.path("type").asString()).isEqualTo("alert");
				assertThat(document.path("version").asInt()).isEqualTo(1);
				assertThat(document.path("fingerprint").asString()).matches("[0-9a-f]{12}");
				assertThat(document.path("label").asString()).startsWith("IllegalStateException at ");
				assertThat(document.path("level").asString()).isEqualTo("ERROR");
				assertThat(document.path("count").asInt()).isEqualTo(1);
				Instant time = Instant.parse(document.path("time").asString());
				assertThat(document.path("firstSeen").asString()).isEqualTo(time.toString());
				assertThat(document.path("lastSeen").asString()).isEqualTo(time.toString());
				assertThat(document.path("logger").asString()).isEqualTo("com.example.shop.OrderService");
				assertThat(document.path("thread").asString()).isEqualTo(Thread.currentThread().getName());
				assertThat(document.path("message").asString()).isEqualTo("Order 42 could not be placed");
				assertThat(document.path("exception").asString())
					.isEqualTo("java.lang.IllegalStateException: card declined");
				assertThat(document.path("topFrames")).hasSize(5);
				assertThat(document.path("topFrames").get(0).asString())
					.startsWith("dev.vigil.alerts.webhook.WebhookDocumentTests.");
				assertThat(document.path("requestId").asString()).isEqualTo("req-42");
				assertThat(document.path("errorId").asString()).isEqualTo("err-7");
				assertThat(document.path("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
				assertThat(document.path("application").asString()).isEqualTo("shop");
				assertThat(document.path("host").asString()).isNotBlank();
				assertThat(document.path("link").asString())
					.isEqualTo("https://shop.example.com/actuator/vigil?errorId=err-7");
				AlertStats stats = context.getBean(AlertStats.class);
				await().until(() -> stats.getChannels().get("webhook").getSent() == 1);
			});
	}

	@Test
	void fieldsWithoutAValueArePresentAsNull() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true",
					"vigil.alerts.webhook.url=" + this.receiver.url("/alerts"))
			.run((context) -> {
				orders.error("Stock is negative");
				await().until(() -> this.receiver.delivered().size() == 1);
				JsonNode document = this.receiver.delivered().get(0);
				for (String name : List.of("exception", "requestId", "errorId", "traceId", "application", "link",
						"rule")) {
					assertThat(document.has(name)).as(name).isTrue();
					assertThat(document.get(name).isNull()).as(name).isTrue();
				}
				assertThat(document.path("topFrames").isArray()).isTrue();
				assertThat(document.path("topFrames")).isEmpty();
			});
	}

	@Test
	void anAlertOfAThresholdRuleNamesTheRule() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true",
					"vigil.alerts.webhook.url=" + this.receiver.url("/alerts"), "vigil.alerts.rules[0].name=declined",
					"vigil.alerts.rules[0].logger=com.example.shop.OrderService", "vigil.alerts.rules[0].level=warn",
					"vigil.alerts.rules[0].threshold=2", "vigil.alerts.rules[0].window=1m",
					"vigil.alerts.rules[0].channels=webhook")
			.run((context) -> {
				orders.warn("Card of order 1 declined");
				orders.warn("Card of order 2 declined");
				await().until(() -> this.receiver.delivered().size() == 1);
				JsonNode document = this.receiver.delivered().get(0);
				assertThat(document.path("rule").asString()).isEqualTo("2 events matching rule declined in 1m");
				assertThat(document.path("level").asString()).isEqualTo("WARN");
				assertThat(document.path("message").asString()).isEqualTo("Card of order 2 declined");
			});
	}

	@Test
	void aDigestIsTheDocumentedDigestDocument() {
		WebhookDocument payload = new WebhookDocument(java.time.Clock.systemUTC());
		AlertDigest digest = new AlertDigest(Instant.parse("2026-03-01T10:42:00Z"), 12,
				List.of(new AlertDigest.Kind("0123456789ab", "IllegalStateException at OrderService.place", 10)), 2,
				"web-1", "shop", java.net.URI.create("https://shop.example.com/actuator/vigil"));
		JsonNode document = tools.jackson.databind.json.JsonMapper.shared()
			.readTree(tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(payload.digest(digest)));
		assertThat(names(document)).containsExactly("type", "version", "since", "time", "total", "kinds", "other",
				"application", "host", "link");
		assertThat(document.path("type").asString()).isEqualTo("digest");
		assertThat(document.path("since").asString()).isEqualTo("2026-03-01T10:42:00Z");
		assertThat(document.path("total").asLong()).isEqualTo(12);
		assertThat(document.path("kinds").get(0).path("fingerprint").asString()).isEqualTo("0123456789ab");
		assertThat(document.path("kinds").get(0).path("label").asString())
			.isEqualTo("IllegalStateException at OrderService.place");
		assertThat(document.path("kinds").get(0).path("count").asLong()).isEqualTo(10);
		assertThat(document.path("other").asLong()).isEqualTo(2);
		assertThat(document.path("link").asString()).isEqualTo("https://shop.example.com/actuator/vigil");
	}

	@Test
	void anApplicationPayloadBeanReplacesTheDocument() {
		WebhookChannels.runner()
			.withBean(WebhookPayload.class, PagerDutyEvents::new)
			.withPropertyValues("vigil.alerts.webhook.enabled=true",
					"vigil.alerts.webhook.url=" + this.receiver.url("/v2/enqueue"))
			.run((context) -> {
				orders.error("Order {} could not be placed", 43, new IllegalStateException("card declined"));
				await().until(() -> this.receiver.delivered().size() == 1);
				JsonNode event = this.receiver.delivered().get(0);
				assertThat(event.path("routing_key").asString()).isEqualTo("R0UT1NGKEY");
				assertThat(event.path("event_action").asString()).isEqualTo("trigger");
				assertThat(event.path("dedup_key").asString()).matches("[0-9a-f]{12}");
				assertThat(event.path("payload").path("summary").asString())
					.isEqualTo("Order 43 could not be placed");
				assertThat(event.path("payload").path("severity").asString()).isEqualTo("error");
				assertThat(event.path("payload").path("component").asString()).isEqualTo("com.example.shop.OrderService");
			});
	}

	private static List<String> names(JsonNode document) {
		return document.propertyNames().stream().toList();
	}

	/**
	 * The PagerDuty Events v2 mapping of docs/how-to/webhook-alerts.md.
	 */
	static class PagerDutyEvents implements WebhookPayload {

		@Override
		public Object alert(Alert alert) {
			return Map.of("routing_key", "R0UT1NGKEY", "event_action", "trigger", "dedup_key", alert.fingerprint(),
					"payload", Map.of("summary", alert.message(), "source", alert.host(), "severity",
							alert.level().name().toLowerCase(java.util.Locale.ROOT), "component", alert.logger()));
		}

		@Override
		public Object digest(AlertDigest digest) {
			return Map.of("routing_key", "R0UT1NGKEY", "event_action", "trigger", "dedup_key", "vigil-digest",
					"payload", Map.of("summary", digest.total() + " more alerts held back", "source", digest.host(),
							"severity", "warning"));
		}

	}

}
