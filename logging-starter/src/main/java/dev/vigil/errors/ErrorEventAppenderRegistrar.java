package dev.vigil.errors;

import dev.vigil.ErrorFingerprint;
import dev.vigil.LogbackLoggingSystem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Attaches the {@link ErrorEventAppender} once every listener bean exists, and detaches it
 * when the application context closes.
 */
final class ErrorEventAppenderRegistrar implements SmartInitializingSingleton, DisposableBean {

	private final Object application;

	private final ErrorFingerprint fingerprint;

	private final ObjectProvider<ErrorEventListener> listeners;

	private @Nullable ErrorEventAppender appender;

	ErrorEventAppenderRegistrar(Object application, ErrorFingerprint fingerprint,
			ObjectProvider<ErrorEventListener> listeners) {
		this.application = application;
		this.fingerprint = fingerprint;
		this.listeners = listeners;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.appender = ErrorEventAppender.attach(LogbackLoggingSystem.requiredContext(), this.application,
				this.fingerprint, this.listeners.orderedStream().toList());
	}

	@Override
	public void destroy() {
		if (this.appender != null) {
			this.appender.detach();
		}
	}

}
