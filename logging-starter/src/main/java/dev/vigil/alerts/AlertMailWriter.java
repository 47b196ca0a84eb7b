package dev.vigil.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Writes the subject and the plain-text body of alert and digest mails.
 */
final class AlertMailWriter {

	static final int MAX_SUBJECT_LENGTH = 200;

	private static final int MAX_STACK_TRACE_LENGTH = 64 * 1024;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	private final String subjectPrefix;

	private final ZoneId zone;

	AlertMailWriter(String subjectPrefix, ZoneId zone) {
		this.subjectPrefix = subjectPrefix;
		this.zone = zone;
	}

	String subject(Alert alert) {
		String message = EventFingerprint.firstLine(alert.message());
		if (message.isBlank() && alert.exception() != null) {
			message = alert.exception();
		}
		String rule = (alert.rule() != null) ? alert.rule() + ": " : "";
		return clean(this.subjectPrefix + rule + alert.level() + " " + alert.logger() + ": " + message);
	}

	String body(Alert alert) {
		StringBuilder body = new StringBuilder(4096);
		body.append("Time:        ").append(TIME.format(alert.time().atZone(this.zone))).append('\n');
		body.append("Level:       ").append(alert.level()).append('\n');
		if (alert.rule() != null) {
			body.append("Rule:        ").append(alert.rule()).append('\n');
		}
		body.append("Logger:      ").append(alert.logger()).append('\n');
		body.append("Thread:      ").append(alert.thread()).append('\n');
		body.append("Host:        ").append(alert.host()).append('\n');
		if (alert.application() != null) {
			body.append("Application: ").append(alert.application()).append('\n');
		}
		body.append("Request id:  ").append(orDash(alert.requestId())).append('\n');
		body.append("Error id:    ").append(orDash(alert.errorId())).append('\n');
		if (alert.traceId() != null) {
			body.append("Trace id:    ").append(alert.traceId()).append('\n');
		}
		body.append("Fingerprint: ").append(alert.fingerprint()).append(" (").append(alert.label()).append(")\n");
		if (alert.link() != null) {
			body.append("Open:        ").append(alert.link()).append('\n');
		}
		body.append("\nMessage:\n").append(alert.message()).append('\n');
		String stackTrace = alert.stackTrace();
		if (stackTrace != null) {
			if (stackTrace.length() > MAX_STACK_TRACE_LENGTH) {
				stackTrace = stackTrace.substring(0, MAX_STACK_TRACE_LENGTH) + "\n\t... (cut, see the error log)";
			}
			body.append("\nStack trace:\n").append(stackTrace).append('\n');
		}
		if (!alert.context().isEmpty()) {
			body.append("\nThe ").append(alert.context().size()).append(" log lines before it, oldest first:\n");
			for (String line : alert.context()) {
				body.append(line).append('\n');
			}
		}
		return body.toString();
	}

	String digestSubject(AlertDigest digest) {
		return clean(this.subjectPrefix + summary(digest) + " since "
				+ HOUR_MINUTE.format(digest.since().atZone(this.zone)));
	}

	String digestBody(AlertDigest digest) {
		StringBuilder body = new StringBuilder(1024);
		body.append(summary(digest)).append(" were logged on ").append(digest.host()).append(" since ")
			.append(TIME.format(digest.since().atZone(this.zone)))
			.append(" without a mail of their own (flood control). The log files hold each of them.\n");
		if (digest.link() != null) {
			body.append("Errors page: ").append(digest.link()).append('\n');
		}
		body.append('\n');
		body.append(String.format("%8s  %-12s  %s%n", "Count", "Fingerprint", "Kind"));
		for (AlertDigest.Kind kind : digest.kinds()) {
			body.append(String.format("%8d  %-12s  %s%n", kind.count(), kind.fingerprint(), kind.label()));
		}
		if (digest.other() > 0) {
			body.append(String.format("%8d  %-12s  %s%n", digest.other(), "", "(further kinds)"));
		}
		return body.toString();
	}

	private static String summary(AlertDigest digest) {
		int kinds = digest.kinds().size();
		return digest.total() + " more " + ((digest.total() == 1) ? "error" : "errors") + " of " + kinds
				+ ((digest.other() > 0) ? "+" : "") + ((kinds == 1 && digest.other() == 0) ? " kind" : " kinds");
	}

	/**
	 * Removes control characters (a message can carry user input, and a line break would end
	 * the header) and cuts the subject to {@value #MAX_SUBJECT_LENGTH} characters.
	 * @param subject the raw subject
	 * @return the subject to send
	 */
	static String clean(String subject) {
		StringBuilder clean = new StringBuilder(Math.min(subject.length(), MAX_SUBJECT_LENGTH + 1));
		for (int i = 0; i < subject.length() && clean.length() <= MAX_SUBJECT_LENGTH; i++) {
			char c = subject.charAt(i);
			if (c == '\t') {
				clean.append(' ');
			}
			else if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
				clean.append(c);
			}
		}
		if (clean.length() <= MAX_SUBJECT_LENGTH) {
			return clean.toString();
		}
		int end = MAX_SUBJECT_LENGTH - 3;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + "...";
	}

	private static String orDash(@Nullable String value) {
		return (value != null && !value.isEmpty()) ? value : "-";
	}

}
