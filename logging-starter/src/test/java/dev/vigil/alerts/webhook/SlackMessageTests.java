package dev.vigil.alerts.webhook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Slack channel posts an incoming-webhook message in Slack's documented Block Kit shape,
 * short enough for a phone, in which no logged text can mention anyone or make a link.
 */
class SlackMessageTests {

	private static final Logger payments = LoggerFactory.getLogger("com.example.shop.PaymentService");

	private final WebhookReceiver receiver;

	SlackMessageTests() throws Exception {
		this.receiver = new WebhookReceiver();
	}

	@AfterEach
	void stop() {
		this.receiver.close();
		MDC.clear();
	}

	@Test
	void anAlertIsTextWithHeaderMessageContextAndButtonBlocks() {
		run((message) -> {
			assertThat(message.path("text").asString()).startsWith("[shop on ").endsWith("ERROR: " + label(message));
			JsonNode blocks = message.path("blocks");
			assertThat(blocks).hasSize(4);
			JsonNode header = blocks.get(0);
			assertThat(header.path("type").asString()).isEqualTo("header");
			assertThat(header.path("text").path("type").asString()).isEqualTo("plain_text");
			assertThat(header.path("text").path("text").asString()).startsWith("ERROR: IllegalStateException at ");
			JsonNode section = blocks.get(1);
			assertThat(section.path("type").asString()).isEqualTo("section");
			assertThat(section.path("text").path("type").asString()).isEqualTo("mrkdwn");
			assertThat(section.path("text").path("text").asString())
				.isEqualTo("```Payment 7 failed\njava.lang.IllegalStateException: gateway down```");
			JsonNode context = blocks.get(2);
			assertThat(context.path("type").asString()).isEqualTo("context");
			assertThat(context.path("elements").get(0).path("type").asString()).isEqualTo("mrkdwn");
			assertThat(context.path("elements").get(0).path("text").asString()).startsWith("[shop on ")
				.contains("logger com.example.shop.PaymentService", "request req-9", "fingerprint ");
			JsonNode actions = blocks.get(3);
			assertThat(actions.path("type").asString()).isEqualTo("actions");
			JsonNode button = actions.path("elements").get(0);
			assertThat(button.path("type").asString()).isEqualTo("button");
			assertThat(button.path("text").path("type").asString()).isEqualTo("plain_text");
			assertThat(button.path("url").asString()).startsWith("https://shop.example.com/actuator/vigil?fingerprint=");
		}, "Payment {} failed", 7);
	}

	@Test
	void mentionsLinksAndCodeFencesInTheMessageAreEscaped() {
		run((message) -> {
			String section = message.path("blocks").get(1).path("text").path("text").asString();
			assertThat(section).doesNotContain("<!channel>", "<https://", "<@U123>")
				.contains("&lt;!channel&gt;", "&lt;https://evil.example.com|click here&gt;", "&lt;@U123&gt;",
						"a &amp;amp; b");
			// a run of three backticks would end the code block early
			assertThat(section.substring(3, section.length() - 3)).doesNotContain("```");
			assertThat(section).startsWith("```").endsWith("```");
		}, "Hi <!channel> <https://evil.example.com|click here> ```*bold*``` <@U123> a &amp; b", 0);
	}

	@Test
	void longTextsAreCutToSlacksLimits() {
		String longMessage = "<".repeat(5000);
		run((message) -> {
			JsonNode blocks = message.path("blocks");
			assertThat(blocks.get(0).path("text").path("text").asString().length()).isLessThanOrEqualTo(150);
			String section = blocks.get(1).path("text").path("text").asString();
			assertThat(section.length()).isLessThanOrEqualTo(3000);
			assertThat(section).endsWith("…\njava.lang.IllegalStateException: gateway down```")
				.doesNotContain("<");
		}, longMessage, 0);
	}

	@Test
	void anAlertOfARuleNamesTheRuleInTheContextLineEscaped() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.slack.enabled=true",
					"vigil.alerts.slack.url=" + this.receiver.url("/services/T000/B000/XXXX"),
					"vigil.alerts.rules[0].name=<!channel> payments", "vigil.alerts.rules[0].level=warn",
					"vigil.alerts.rules[0].logger=com.example.shop.PaymentService",
					"vigil.alerts.rules[0].channels=slack")
			.run((context) -> {
				payments.warn("Card of order 7 declined");
				await().until(() -> this.receiver.delivered().size() == 1);
				JsonNode blocks = this.receiver.delivered().get(0).path("blocks");
				assertThat(blocks.get(2).path("type").asString()).isEqualTo("context");
				String line = blocks.get(2).path("elements").get(0).path("text").asString();
				assertThat(line).contains(" · rule &lt;!channel&gt; payments · ").doesNotContain("<!channel>");
			});
	}

	@Test
	void anAlertOfTheDefaultNamesNoRule() {
		run((message) -> assertThat(message.path("blocks").get(2).path("elements").get(0).path("text").asString())
			.doesNotContain("rule"), "Payment {} failed", 8);
	}

	private void run(java.util.function.Consumer<JsonNode> assertions, String template, Object argument) {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.slack.enabled=true",
					"vigil.alerts.slack.url=" + this.receiver.url("/services/T000/B000/XXXX"),
					"spring.application.name=shop", "vigil.alerts.page-url=https://shop.example.com/actuator/vigil")
			.run((context) -> {
				MDC.put("requestId", "req-9");
				payments.error(template, argument, new IllegalStateException("gateway down"));
				MDC.clear();
				await().until(() -> this.receiver.delivered().size() == 1);
				assertions.accept(this.receiver.delivered().get(0));
			});
	}

	private static String label(JsonNode message) {
		return message.path("blocks").get(0).path("text").path("text").asString().substring("ERROR: ".length());
	}

}
