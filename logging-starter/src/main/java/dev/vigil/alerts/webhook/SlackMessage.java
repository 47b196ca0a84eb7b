package dev.vigil.alerts.webhook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertDigest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Slack incoming-webhook message in Block Kit: {@code text} for the notification, and blocks
 * short enough for a phone: a header with the level and the label, the message in a code
 * block, a context line with the application, host, rule and ids, and a button to the errors
 * page when {@code vigil.alerts.page-url} is set.
 * <p>
 * Text from the application goes into {@code mrkdwn} escaped as Slack documents it ({@code &},
 * {@code <}, {@code >} as entities), so a message can neither mention {@code <!channel>} nor
 * make a link; backticks cannot close the code block early. The header is {@code plain_text},
 * which Slack does not parse. Lengths are cut to Slack's limits.
 */
final class SlackMessage implements WebhookPayload {

	static final int MAX_HEADER = 150;

	static final int MAX_SECTION = 3000;

	/**
	 * The message shown in the code block, in characters as escaped: what a phone shows without
	 * scrolling far; the whole text is in the log files and on the errors page. The exception
	 * gets half of it, so the section stays within {@link #MAX_SECTION}.
	 */
	static final int MAX_MESSAGE = 1000;

	private static final int MAX_NOTIFICATION = 300;

	@Override
	public ObjectNode alert(Alert alert) {
		String title = alert.level().name() + ": " + alert.label();
		ObjectNode message = JsonNodeFactory.instance.objectNode();
		message.put("text", escape(WebhookDocument.cut(where(alert.application(), alert.host()) + " " + title,
				MAX_NOTIFICATION)));
		ArrayNode blocks = message.putArray("blocks");
		header(blocks, title);
		String text = escapeAndCut(alert.message(), MAX_MESSAGE);
		section(blocks, (alert.exception() != null)
				? codeBlock(text, escapeAndCut(alert.exception(), MAX_MESSAGE / 2)) : codeBlock(text));
		List<String> context = new ArrayList<>();
		context.add(where(alert.application(), alert.host()));
		if (alert.rule() != null) {
			context.add(alert.rule());
		}
		context.add("logger " + alert.logger());
		if (alert.requestId() != null) {
			context.add("request " + alert.requestId());
		}
		if (alert.errorId() != null) {
			context.add("error " + alert.errorId());
		}
		if (alert.traceId() != null) {
			context.add("trace " + alert.traceId());
		}
		context.add("fingerprint " + alert.fingerprint());
		context.add(DateTimeFormatter.ISO_INSTANT.format(alert.time()));
		context(blocks, String.join(" · ", context));
		button(blocks, (alert.link() != null) ? alert.link().toString() : null, "Open the event");
		return message;
	}

	@Override
	public ObjectNode digest(AlertDigest digest) {
		String title = digest.total() + " more alerts held back since "
				+ DateTimeFormatter.ISO_INSTANT.format(digest.since());
		ObjectNode message = JsonNodeFactory.instance.objectNode();
		message.put("text", escape(WebhookDocument.cut(where(digest.application(), digest.host()) + " " + title,
				MAX_NOTIFICATION)));
		ArrayNode blocks = message.putArray("blocks");
		header(blocks, title);
		StringBuilder kinds = new StringBuilder();
		for (AlertDigest.Kind kind : digest.kinds()) {
			kinds.append(kind.count()).append("  ").append(kind.fingerprint()).append("  ").append(kind.label()).append('\n');
		}
		if (digest.other() > 0) {
			kinds.append(digest.other()).append("  of further kinds\n");
		}
		section(blocks, codeBlock(escapeAndCut(kinds.toString().strip(), MAX_MESSAGE * 2)));
		context(blocks, where(digest.application(), digest.host()));
		button(blocks, (digest.link() != null) ? digest.link().toString() : null, "Open the errors page");
		return message;
	}

	private static String where(@Nullable String application, String host) {
		return (application != null) ? "[" + application + " on " + host + "]" : "[" + host + "]";
	}

	private static void header(ArrayNode blocks, String title) {
		ObjectNode text = blocks.addObject().put("type", "header").putObject("text");
		text.put("type", "plain_text");
		text.put("text", WebhookDocument.cut(oneLine(title), MAX_HEADER));
		text.put("emoji", false);
	}

	private static void section(ArrayNode blocks, String mrkdwn) {
		blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
	}

	private static void context(ArrayNode blocks, String plain) {
		blocks.addObject()
			.put("type", "context")
			.putArray("elements")
			.addObject()
			.put("type", "mrkdwn")
			.put("text", escape(WebhookDocument.cut(oneLine(plain), MAX_SECTION)));
	}

	private static void button(ArrayNode blocks, @Nullable String url, String label) {
		if (url == null) {
			return;
		}
		ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject();
		button.put("type", "button");
		button.putObject("text").put("type", "plain_text").put("text", label);
		button.put("url", url);
	}

	/**
	 * The texts, one a line, in a code block. A backtick is followed by a zero-width space, so
	 * no run of three can end the block early.
	 */
	static String codeBlock(String... lines) {
		return "```" + String.join("\n", lines) + "```";
	}

	/**
	 * The text escaped for {@code mrkdwn} and cut to a length, never in the middle of an entity
	 * (which would show as text) and never leaving a backtick without its zero-width space.
	 */
	static String escapeAndCut(String text, int max) {
		String escaped = escape(text).replace("`", "`\u200b");
		if (escaped.length() <= max) {
			return escaped;
		}
		int end = max - 1;
		int entity = escaped.lastIndexOf('&', end);
		if (entity != -1 && escaped.indexOf(';', entity) >= end) {
			end = entity;
		}
		if (end > 0 && escaped.charAt(end - 1) == '`') {
			end--;
		}
		return escaped.substring(0, end) + "…";
	}

	/**
	 * The text with line breaks and other control characters as spaces, for a line of its own.
	 */
	static String oneLine(String text) {
		return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ");
	}

	/**
	 * Slack's escaping of the three characters its {@code mrkdwn} gives a meaning to.
	 */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
