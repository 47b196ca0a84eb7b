package dev.vigil.errors;

import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import dev.vigil.ErrorFingerprint;
import dev.vigil.LogbackAppenders;
import dev.vigil.VigilMdc;
import org.jspecify.annotations.Nullable;

/**
 * The one fan-out of ERROR events: attached to Logback's root logger, it computes the
 * fingerprint of each ERROR event once and hands the same {@link ErrorEvent} to every
 * {@link ErrorEventListener}.
 * <p>
 * One per application context, each under a name of its own: Logback is global to the JVM, so
 * with several contexts in it (cached test contexts, a parent and a child) each context's
 * appender sees every ERROR event. It takes the failed requests of its own application and
 * leaves those of the others to theirs; an error logged outside of a request belongs to no
 * application in particular and reaches every one.
 */
final class ErrorEventAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	static final String NAME = "VIGIL_ERRORS";

	private static final int MAX_MESSAGE_LENGTH = 500;

	private final Object application;

	private final ErrorFingerprint fingerprint;

	private final List<ErrorEventListener> listeners;

	private ErrorEventAppender(Object application, ErrorFingerprint fingerprint, List<ErrorEventListener> listeners) {
		this.application = application;
		this.fingerprint = fingerprint;
		this.listeners = List.copyOf(listeners);
		setName(NAME);
	}

	/**
	 * Starts handing the ERROR events that reach the root logger of the given context to the
	 * listeners, beside the appenders of other applications in the same JVM.
	 * @param context Logback's logger context
	 * @param application the application whose failed requests to take: the bean factory of
	 * its context, as given to its {@link ErrorReporter}
	 * @param fingerprint groups occurrences of the same failure
	 * @param listeners the listeners
	 * @return the attached appender
	 */
	static ErrorEventAppender attach(LoggerContext context, Object application, ErrorFingerprint fingerprint,
			List<ErrorEventListener> listeners) {
		ErrorEventAppender appender = new ErrorEventAppender(application, fingerprint, listeners);
		appender.setContext(context);
		appender.start();
		LogbackAppenders.attachNumbered(context, appender);
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
		HttpFailures.Failure failure = HttpFailures.current();
		if (failure != null && failure.application() != this.application) {
			// another application's failed request: the appender of that application records it
			return;
		}
		ErrorEvent error = errorEvent(event, (failure != null) ? failure.request() : null);
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

	private ErrorEvent errorEvent(ILoggingEvent event, ErrorEvent.@Nullable Request request) {
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
				String.valueOf(event.getThreadName()), Instant.ofEpochMilli(event.getTimeStamp()), request,
				event.getMDCPropertyMap().get(VigilMdc.TRACE_ID));
	}

}
