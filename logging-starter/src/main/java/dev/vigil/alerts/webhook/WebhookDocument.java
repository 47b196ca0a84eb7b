package dev.vigil.alerts.webhook;

import java.time.Clock;
import java.util.List;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertDigest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vigil's webhook document, version 1, field by field as {@code docs/how-to/webhook-alerts.md}
 * describes it. Every field is always present, {@code null} when it has no value, so a
 * receiver can rely on the shape; a field may be added in a later version of the same number,
 * never removed or changed.
 */
final class WebhookDocument implements WebhookPayload {

	static final int VERSION = 1;

	/**
	 * Longest message, in characters; a longer one is cut and ends with an ellipsis.
	 */
	static final int MAX_MESSAGE = 10_000;

	/**
	 * Frames of the stack trace the document carries, from the top.
	 */
	static final int TOP_FRAMES = 5;

	private final Clock clock;

	WebhookDocument(Clock clock) {
		this.clock = clock;
	}

	@Override
	public ObjectNode alert(Alert alert) {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		document.put("type", "alert");
		document.put("version", VERSION);
		document.put("fingerprint", alert.fingerprint());
		document.put("label", alert.label());
		document.put("level", alert.level().name());
		document.put("count", 1);
		document.put("firstSeen", alert.time().toString());
		document.put("lastSeen", alert.time().toString());
		document.put("time", alert.time().toString());
		document.put("logger", alert.logger());
		document.put("thread", alert.thread());
		document.put("message", cut(alert.message(), MAX_MESSAGE));
		document.put("exception", alert.exception());
		ArrayNode frames = document.putArray("topFrames");
		topFrames(alert.stackTrace()).forEach(frames::add);
		document.put("requestId", alert.requestId());
		document.put("errorId", alert.errorId());
		document.put("traceId", alert.traceId());
		origin(document, alert.application(), alert.host(), (alert.link() != null) ? alert.link().toString() : null);
		// last: added to version 1 after the others, so a receiver that relied on the order is not broken
		document.put("rule", alert.rule());
		return document;
	}

	@Override
	public ObjectNode digest(AlertDigest digest) {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		document.put("type", "digest");
		document.put("version", VERSION);
		document.put("since", digest.since().toString());
		document.put("time", this.clock.instant().toString());
		document.put("total", digest.total());
		ArrayNode kinds = document.putArray("kinds");
		for (AlertDigest.Kind kind : digest.kinds()) {
			kinds.addObject()
				.put("fingerprint", kind.fingerprint())
				.put("label", kind.label())
				.put("count", kind.count());
		}
		document.put("other", digest.other());
		origin(document, digest.application(), digest.host(), (digest.link() != null) ? digest.link().toString() : null);
		return document;
	}

	private static void origin(ObjectNode document, @Nullable String application, String host, @Nullable String link) {
		document.put("application", application);
		document.put("host", host);
		document.put("link", link);
	}

	/**
	 * The first frames of a stack trace, as {@code com.example.Foo.bar(Foo.java:42)}.
	 * @param stackTrace the stack trace as Logback prints it
	 * @return at most {@link #TOP_FRAMES} frames
	 */
	static List<String> topFrames(@Nullable String stackTrace) {
		if (stackTrace == null) {
			return List.of();
		}
		return stackTrace.lines()
			.map(String::strip)
			.filter((line) -> line.startsWith("at "))
			.map((line) -> line.substring(3))
			.limit(TOP_FRAMES)
			.toList();
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
