package dev.vigil.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import dev.vigil.VigilMdc;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.KeyValuePair;

/**
 * Writes the subject and the plain-text body of alert and digest mails.
 */
final class AlertMailWriter {

	static final int MAX_SUBJECT_LENGTH = 200;

	/**
	 * Layout of the context lines: the default line of Vigil's log files, without stack traces.
	 */
	static final String CONTEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} "
			+ "[%X{requestId:--}] - %msg%nopex";

	private static final int MAX_STACK_TRACE_LENGTH = 64 * 1024;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	private final String subjectPrefix;

	private final PatternLayout contextLayout;

	private final ZoneId zone;

	AlertMailWriter(String subjectPrefix, LoggerContext context, ZoneId zone) {
		this.subjectPrefix = subjectPrefix;
		this.zone = zone;
		this.contextLayout = new PatternLayout();
		this.contextLayout.setContext(context);
		this.contextLayout.setPattern(CONTEXT_PATTERN);
		this.contextLayout.start();
	}

	String subject(ILoggingEvent event) {
		String message = EventFingerprint.firstLine(formattedMessage(event));
		IThrowableProxy proxy = event.getThrowableProxy();
		if (message.isBlank() && proxy != null) {
			message = proxy.getClassName() + ((proxy.getMessage() != null) ? ": " + proxy.getMessage() : "");
		}
		return clean(this.subjectPrefix + event.getLevel() + " " + event.getLoggerName() + ": " + message);
	}

	String body(AlertEvent alert, String fingerprint, String label, String host) {
		ILoggingEvent event = alert.event();
		StringBuilder body = new StringBuilder(4096);
		body.append("Time:        ").append(time(event.getTimeStamp())).append('\n');
		body.append("Level:       ").append(event.getLevel()).append('\n');
		body.append("Logger:      ").append(event.getLoggerName()).append('\n');
		body.append("Thread:      ").append(event.getThreadName()).append('\n');
		body.append("Host:        ").append(host).append('\n');
		body.append("Request id:  ").append(orDash(event.getMDCPropertyMap().get(VigilMdc.REQUEST_ID))).append('\n');
		body.append("Error id:    ").append(orDash(errorId(event))).append('\n');
		body.append("Fingerprint: ").append(fingerprint).append(" (").append(label).append(")\n");
		body.append("\nMessage:\n").append(formattedMessage(event)).append('\n');
		IThrowableProxy proxy = event.getThrowableProxy();
		if (proxy != null) {
			String stackTrace = ThrowableProxyUtil.asString(proxy);
			if (stackTrace.length() > MAX_STACK_TRACE_LENGTH) {
				stackTrace = stackTrace.substring(0, MAX_STACK_TRACE_LENGTH) + "\n\t... (cut, see the error log)";
			}
			body.append("\nStack trace:\n").append(stackTrace).append('\n');
		}
		List<ILoggingEvent> preceding = alert.preceding();
		if (!preceding.isEmpty()) {
			body.append("\nThe ").append(preceding.size()).append(" log lines before it, oldest first:\n");
			for (ILoggingEvent earlier : preceding) {
				body.append(this.contextLayout.doLayout(earlier)).append('\n');
			}
		}
		return body.toString();
	}

	String digestSubject(FloodControl.Digest digest) {
		return clean(this.subjectPrefix + summary(digest) + " since "
				+ HOUR_MINUTE.format(digest.since().atZone(this.zone)));
	}

	String digestBody(FloodControl.Digest digest, String host) {
		StringBuilder body = new StringBuilder(1024);
		body.append(summary(digest)).append(" were logged on ").append(host).append(" since ")
			.append(TIME.format(digest.since().atZone(this.zone)))
			.append(" without a mail of their own (flood control). The log files hold each of them.\n\n");
		body.append(String.format("%8s  %-12s  %s%n", "Count", "Fingerprint", "Kind"));
		for (FloodControl.Kind kind : digest.kinds()) {
			body.append(String.format("%8d  %-12s  %s%n", kind.count(), kind.fingerprint(), kind.label()));
		}
		if (digest.other() > 0) {
			body.append(String.format("%8d  %-12s  %s%n", digest.other(), "", "(further kinds)"));
		}
		return body.toString();
	}

	private static String summary(FloodControl.Digest digest) {
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

	private String time(long epochMillis) {
		return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(this.zone));
	}

	private static @Nullable String errorId(ILoggingEvent event) {
		String errorId = event.getMDCPropertyMap().get(VigilMdc.ERROR_ID);
		List<KeyValuePair> pairs = event.getKeyValuePairs();
		if (errorId == null && pairs != null) {
			for (KeyValuePair pair : pairs) {
				if (VigilMdc.ERROR_ID.equals(pair.key) && pair.value != null) {
					return pair.value.toString();
				}
			}
		}
		return errorId;
	}

	private static String formattedMessage(ILoggingEvent event) {
		String message = event.getFormattedMessage();
		return (message != null) ? message : "";
	}

	private static String orDash(@Nullable String value) {
		return (value != null && !value.isEmpty()) ? value : "-";
	}

	void stop() {
		this.contextLayout.stop();
	}

}
