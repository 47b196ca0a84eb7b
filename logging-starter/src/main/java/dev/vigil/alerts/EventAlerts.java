package dev.vigil.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import dev.vigil.VigilMdc;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.logging.LogLevel;

/**
 * Turns Logback events into {@link Alert alerts}, the same for every channel.
 */
final class EventAlerts {

	/**
	 * Layout of the context lines: the default line of Vigil's log files, without stack traces.
	 */
	static final String CONTEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} "
			+ "[%X{requestId:--}] - %msg%nopex";

	private final EventFingerprint fingerprints;

	private final PatternLayout contextLayout;

	EventAlerts(EventFingerprint fingerprints, LoggerContext context) {
		this.fingerprints = fingerprints;
		this.contextLayout = new PatternLayout();
		this.contextLayout.setContext(context);
		this.contextLayout.setPattern(CONTEXT_PATTERN);
		this.contextLayout.start();
	}

	String fingerprint(ILoggingEvent event) {
		return this.fingerprints.of(event);
	}

	String label(ILoggingEvent event) {
		return this.fingerprints.label(event);
	}

	Alert of(AlertEvent alert, String fingerprint, String label, String host, AlertOrigin origin,
			@Nullable String rule) {
		ILoggingEvent event = alert.event();
		IThrowableProxy proxy = event.getThrowableProxy();
		String exception = null;
		String stackTrace = null;
		if (proxy != null) {
			exception = proxy.getClassName() + ((proxy.getMessage() != null) ? ": " + proxy.getMessage() : "");
			stackTrace = ThrowableProxyUtil.asString(proxy);
		}
		List<String> context = new ArrayList<>(alert.preceding().size());
		for (ILoggingEvent earlier : alert.preceding()) {
			context.add(this.contextLayout.doLayout(earlier));
		}
		String message = event.getFormattedMessage();
		String errorId = errorId(event);
		Map<String, String> mdc = event.getMDCPropertyMap();
		return new Alert(Instant.ofEpochMilli(event.getTimeStamp()), LogLevel.valueOf(event.getLevel().toString()),
				event.getLoggerName(), event.getThreadName(), host, origin.application(),
				mdc.get(VigilMdc.REQUEST_ID), errorId, mdc.get(VigilMdc.TRACE_ID), fingerprint, label,
				(message != null) ? message : "", exception, stackTrace, context, origin.link(errorId, fingerprint),
				rule);
	}

	void stop() {
		this.contextLayout.stop();
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

}
