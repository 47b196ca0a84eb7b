package dev.vigil.alerts.webhook;

import java.net.URI;
import java.time.format.DateTimeFormatter;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertDigest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Microsoft Teams Workflows webhook message carrying one Adaptive Card (schema version 1.4,
 * which Teams renders on desktop and mobile): the level, the label and the message, a fact set
 * with the rule, application, host, logger and ids, and a button to the errors page when
 * {@code vigil.alerts.page-url} is set.
 * <p>
 * A {@code TextBlock} renders a subset of Markdown (bold, italic, lists, links). The
 * application's text therefore goes into {@code TextRun}s of a {@code RichTextBlock}, which
 * Adaptive Cards render without Markdown; the values of the fact set, which Teams renders with
 * Markdown, have every character that could start a link or formatting escaped with a
 * backslash, and line breaks as spaces.
 */
final class TeamsCard implements WebhookPayload {

	static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

	static final String VERSION = "1.4";

	static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	private static final int MAX_MESSAGE = 1000;

	private static final int MAX_LABEL = 150;

	@Override
	public ObjectNode alert(Alert alert) {
		ObjectNode message = JsonNodeFactory.instance.objectNode();
		ObjectNode card = card(message);
		ArrayNode body = card.putArray("body");
		body.addObject()
			.put("type", "TextBlock")
			.put("text", alert.level().name())
			.put("weight", "Bolder")
			.put("color", "Attention");
		richText(body, WebhookDocument.cut(SlackMessage.oneLine(alert.label()), MAX_LABEL), true);
		StringBuilder text = new StringBuilder(WebhookDocument.cut(alert.message(), MAX_MESSAGE));
		if (alert.exception() != null) {
			text.append('\n').append(WebhookDocument.cut(alert.exception(), MAX_MESSAGE / 2));
		}
		richText(body, text.toString(), false);
		ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
		fact(facts, "Rule", alert.rule());
		fact(facts, "Application", alert.application());
		fact(facts, "Host", alert.host());
		fact(facts, "Logger", alert.logger());
		fact(facts, "Time", DateTimeFormatter.ISO_INSTANT.format(alert.time()));
		fact(facts, "Request", alert.requestId());
		fact(facts, "Error", alert.errorId());
		fact(facts, "Trace", alert.traceId());
		fact(facts, "Fingerprint", alert.fingerprint());
		open(card, alert.link(), "Open the event");
		return message;
	}

	@Override
	public ObjectNode digest(AlertDigest digest) {
		ObjectNode message = JsonNodeFactory.instance.objectNode();
		ObjectNode card = card(message);
		ArrayNode body = card.putArray("body");
		body.addObject()
			.put("type", "TextBlock")
			.put("text", digest.total() + " more alerts held back since "
					+ DateTimeFormatter.ISO_INSTANT.format(digest.since()))
			.put("weight", "Bolder")
			.put("wrap", true);
		ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
		for (AlertDigest.Kind kind : digest.kinds()) {
			fact(facts, String.valueOf(kind.count()), kind.label() + " (" + kind.fingerprint() + ")");
		}
		if (digest.other() > 0) {
			fact(facts, String.valueOf(digest.other()), "of further kinds");
		}
		fact(facts, "Application", digest.application());
		fact(facts, "Host", digest.host());
		open(card, digest.link(), "Open the errors page");
		return message;
	}

	private static ObjectNode card(ObjectNode message) {
		message.put("type", "message");
		ObjectNode attachment = message.putArray("attachments").addObject();
		attachment.put("contentType", CONTENT_TYPE);
		attachment.putNull("contentUrl");
		ObjectNode card = attachment.putObject("content");
		card.put("$schema", SCHEMA);
		card.put("type", "AdaptiveCard");
		card.put("version", VERSION);
		return card;
	}

	private static void richText(ArrayNode body, String text, boolean title) {
		ObjectNode run = body.addObject().put("type", "RichTextBlock").putArray("inlines").addObject();
		run.put("type", "TextRun").put("text", text);
		if (title) {
			run.put("weight", "Bolder").put("size", "Medium");
		}
		else {
			run.put("fontType", "Monospace");
		}
	}

	private static void fact(ArrayNode facts, String title, @Nullable String value) {
		if (value != null) {
			facts.addObject().put("title", title).put("value", markdownSafe(value));
		}
	}

	private static void open(ObjectNode card, @Nullable URI link, String title) {
		if (link != null) {
			card.putArray("actions")
				.addObject()
				.put("type", "Action.OpenUrl")
				.put("title", title)
				.put("url", link.toString());
		}
	}

	/**
	 * The text on one line, with a backslash before every character that could start Markdown
	 * a card renders (emphasis, code, links, headings, HTML-like tags), and before a first
	 * character that could start a list.
	 */
	static String markdownSafe(String text) {
		String line = SlackMessage.oneLine(text);
		StringBuilder safe = new StringBuilder(line.length() + 8);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if ("\\`*_~[]()<>#!|".indexOf(c) != -1 || (i == 0 && "-+".indexOf(c) != -1)) {
				safe.append('\\');
			}
			safe.append(c);
		}
		return safe.toString();
	}

}
