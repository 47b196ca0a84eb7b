package dev.vigil.alerts.webhook;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Teams channel posts a Workflows webhook message carrying one Adaptive Card, in which no
 * logged text is rendered as Markdown.
 */
class TeamsCardTests {

	private static final Logger payments = LoggerFactory.getLogger("com.example.shop.PaymentService");

	private final WebhookReceiver receiver;

	TeamsCardTests() throws Exception {
		this.receiver = new WebhookReceiver();
	}

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@Test
	void anAlertIsAnAdaptiveCardInAWorkflowsMessage() {
		run("Payment {} failed", (message) -> {
			assertThat(message.path("type").asString()).isEqualTo("message");
			assertThat(message.path("attachments")).hasSize(1);
			JsonNode attachment = message.path("attachments").get(0);
			assertThat(attachment.path("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
			JsonNode card = attachment.path("content");
			assertThat(card.path("$schema").asString()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
			assertThat(card.path("type").asString()).isEqualTo("AdaptiveCard");
			assertThat(card.path("version").asString()).isEqualTo("1.4");
			JsonNode body = card.path("body");
			assertThat(types(body)).containsExactly("TextBlock", "RichTextBlock", "RichTextBlock", "FactSet");
			assertThat(body.get(0).path("text").asString()).isEqualTo("ERROR");
			assertThat(textRun(body.get(1))).startsWith("IllegalStateException at ");
			assertThat(textRun(body.get(2))).isEqualTo("Payment 7 failed\njava.lang.IllegalStateException: gateway down");
			List<String> facts = new ArrayList<>();
			body.get(3).path("facts").forEach((fact) -> {
				assertThat(fact.path("title").asString()).isNotBlank();
				assertThat(fact.has("value")).isTrue();
				facts.add(fact.path("title").asString());
			});
			assertThat(facts).containsExactly("Application", "Host", "Logger", "Time", "Fingerprint");
			JsonNode action = card.path("actions").get(0);
			assertThat(action.path("type").asString()).isEqualTo("Action.OpenUrl");
			assertThat(action.path("title").asString()).isNotBlank();
			assertThat(action.path("url").asString()).startsWith("https://shop.example.com/actuator/vigil?fingerprint=");
		});
	}

	@Test
	void markdownInTheMessageIsNeitherFormattingNorALink() {
		run("Payment **{}** failed, see [the docs](https://evil.example.com)", (message) -> {
			JsonNode body = message.path("attachments").get(0).path("content").path("body");
			// TextRuns are rendered without Markdown: the text is shown as it was logged
			JsonNode run = body.get(2).path("inlines").get(0);
			assertThat(run.path("type").asString()).isEqualTo("TextRun");
			assertThat(run.path("text").asString())
				.startsWith("Payment **7** failed, see [the docs](https://evil.example.com)");
			body.forEach((element) -> {
				if (element.path("type").asString().equals("TextBlock")) {
					assertThat(element.path("text").asString()).doesNotContain("evil", "**");
				}
			});
		});
	}

	@Test
	void markdownInFactValuesIsEscaped() {
		assertThat(TeamsCard.markdownSafe("[x](https://evil.example.com) **b** _i_ <u>\nline"))
			.isEqualTo("\\[x\\]\\(https://evil.example.com\\) \\*\\*b\\*\\* \\_i\\_ \\<u\\> line");
		assertThat(TeamsCard.markdownSafe("- item")).isEqualTo("\\- item");
		assertThat(TeamsCard.markdownSafe("web-1.example.com")).isEqualTo("web-1.example.com");
	}

	@Test
	void anAlertOfARuleNamesTheRuleInAnEscapedFact() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.teams.enabled=true",
					"vigil.alerts.teams.url=" + this.receiver.url("/workflows/abc/triggers/manual/run?sig=s3cr3t"),
					"vigil.alerts.rules[0].name=[payments](https://evil.example.com)",
					"vigil.alerts.rules[0].level=warn", "vigil.alerts.rules[0].logger=com.example.shop.PaymentService",
					"vigil.alerts.rules[0].channels=teams")
			.run((context) -> {
				payments.warn("Card of order 7 declined");
				await().until(() -> this.receiver.delivered().size() == 1);
				JsonNode facts = this.receiver.delivered()
					.get(0)
					.path("attachments")
					.get(0)
					.path("content")
					.path("body")
					.get(3)
					.path("facts");
				assertThat(facts.get(0).path("title").asString()).isEqualTo("Rule");
				assertThat(facts.get(0).path("value").asString())
					.isEqualTo("rule \\[payments\\]\\(https://evil.example.com\\)");
			});
	}

	private void run(String template, java.util.function.Consumer<JsonNode> assertions) {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.teams.enabled=true",
					"vigil.alerts.teams.url=" + this.receiver.url("/workflows/abc/triggers/manual/run?sig=s3cr3t"),
					"spring.application.name=shop", "vigil.alerts.page-url=https://shop.example.com/actuator/vigil")
			.run((context) -> {
				payments.error(template, 7, new IllegalStateException("gateway down"));
				await().until(() -> this.receiver.delivered().size() == 1);
				assertions.accept(this.receiver.delivered().get(0));
			});
	}

	private static List<String> types(JsonNode body) {
		List<String> types = new ArrayList<>();
		body.forEach((element) -> types.add(element.path("type").asString()));
		return types;
	}

	private static String textRun(JsonNode richTextBlock) {
		return richTextBlock.path("inlines").get(0).path("text").asString();
	}

}
