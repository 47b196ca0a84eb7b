package dev.vigil.errors;

import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import dev.vigil.LogbackAppenders;
import dev.vigil.VigilMdc;
import org.jspecify.annotations.Nullable;

/**
 * The one fan-out of ERROR events: attached to Logback's root logger, it computes the
 * fingerprint of each ERROR event once and hands the same {@link ErrorEvent} to every
 * {@link ErrorEventListener}.
 */
final class ErrorEventAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	static final String NAME = "VIGIL_ERRORS";

	private static final int MAX_MESSAGE_LENGTH = 500;

	private final ErrorFingerprint fingerprint;

	private final List<ErrorEventListener> listeners;

	private ErrorEventAppender(ErrorFingerprint fingerprint, List<ErrorEventListener> listeners) {
		this.fingerprint = fingerprint;
		this.listeners = List.copyOf(listeners);
		setName(NAME);
	}

	/**
	 * Starts handing the ERROR events that reach the root logger of the given context to the
	 * listeners, in place of the appender of an application started earlier in the same JVM.
	 * @param context Logback's logger context
	 * @param fingerprint groups occurrences of the same failure
	 * @param listeners the listeners
	 * @return the attached appender
	 */
	static ErrorEventAppender attach(LoggerContext context, ErrorFingerprint fingerprint,
			List<ErrorEventListener> listeners) {
		ErrorEventAppender appender = new ErrorEventAppender(fingerprint, listeners);
		appender.setContext(context);
		appender.start();
		LogbackAppenders.attach(context, appender);
		return appender;
	}

	void detach() {
		if (getContext() instanceof LoggerContext context) {
			LogbackAppenders.detach(context, this);
		}
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLevel().toInt() < Level.ERROR_INT) {
			return;
		}
		ErrorEvent error = errorEvent(event);
		for (ErrorEventListener listener : this.listeners) {
			try {
				listener.onError(error);
			}
			catch (RuntimeException ex) {
				// A faulty listener must neither stop logging nor keep the others from the event.
				addError("Error event listener " + listener.getClass().getName() + " failed", ex);
			}
		}
	}

	private ErrorEvent errorEvent(ILoggingEvent event) {
		IThrowableProxy proxy = event.getThrowableProxy();
		Throwable exception = (proxy instanceof ThrowableProxy local) ? local.getThrowable() : null;
		String fingerprint;
		String label;
		@Nullable String message;
		if (exception != null) {
			fingerprint = this.fingerprint.of(exception);
			label = this.fingerprint.label(exception);
			message = ExceptionText.message(exception);
		}
		else if (proxy != null) {
			fingerprint = this.fingerprint.of(proxy);
			label = this.fingerprint.label(proxy);
			message = (proxy.getMessage() != null) ? ExceptionText.escape(proxy.getMessage(), MAX_MESSAGE_LENGTH)
					: null;
		}
		else {
			String template = (event.getMessage() != null) ? event.getMessage() : "";
			fingerprint = this.fingerprint.ofTemplate(event.getLoggerName(), template);
			label = this.fingerprint.labelOfTemplate(event.getLoggerName(), template);
			message = ExceptionText.escape(String.valueOf(event.getFormattedMessage()), MAX_MESSAGE_LENGTH);
		}
		return new ErrorEvent(fingerprint, label, exception, message, event.getLoggerName(),
				String.valueOf(event.getThreadName()), Instant.ofEpochMilli(event.getTimeStamp()),
				HttpFailures.current(), event.getMDCPropertyMap().get(VigilMdc.TRACE_ID));
	}

}
