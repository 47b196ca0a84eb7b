package dev.vigil.alerts;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.vigil.ErrorFingerprint;

/**
 * Groups alerts of the same kind: the {@link ErrorFingerprint} of the event's exception, or
 * for an event without exception its logger and message template with the digits masked, so
 * that {@code "Order 42 failed"} and {@code "Order 43 failed"} are one kind.
 */
final class EventFingerprint {

	private static final int LABEL_LENGTH = 80;

	private final ErrorFingerprint errors;

	EventFingerprint(ErrorFingerprint errors) {
		this.errors = errors;
	}

	/**
	 * The fingerprint of an event.
	 * @param event the event
	 * @return 12 hexadecimal characters
	 */
	String of(ILoggingEvent event) {
		IThrowableProxy proxy = event.getThrowableProxy();
		if (proxy != null) {
			return this.errors.of(proxy);
		}
		return this.errors.ofTemplate(event.getLoggerName(), template(event));
	}

	/**
	 * A short human label, such as {@code IllegalStateException at OrderService.place} or
	 * {@code OrderService: Order # failed}.
	 * @param event the event
	 * @return the label
	 */
	String label(ILoggingEvent event) {
		IThrowableProxy proxy = event.getThrowableProxy();
		if (proxy != null) {
			return this.errors.label(proxy);
		}
		String logger = event.getLoggerName();
		String template = firstLine(ErrorFingerprint.maskDigits(template(event)));
		String label = logger.substring(logger.lastIndexOf('.') + 1) + ": " + template;
		return (label.length() > LABEL_LENGTH) ? label.substring(0, LABEL_LENGTH - 3) + "..." : label;
	}

	private static String template(ILoggingEvent event) {
		String message = event.getMessage();
		return (message != null) ? message : "";
	}

	static String firstLine(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return text.substring(0, i);
			}
		}
		return text;
	}

}
