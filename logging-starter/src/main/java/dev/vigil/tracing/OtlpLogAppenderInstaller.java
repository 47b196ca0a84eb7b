package dev.vigil.tracing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.vigil.LogbackAppenders;
import dev.vigil.LogbackLoggingSystem;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Puts OpenTelemetry's Logback appender on the root logger ({@link TracedLogAppender}, named
 * {@value TracedLogAppender#NAME}) with the application's {@link OpenTelemetry}, and takes it off
 * when the application context closes, before the OpenTelemetry SDK it writes to shuts down.
 * <p>
 * An application that declares an {@link OpenTelemetryAppender} in its own Logback
 * configuration keeps it: that one gets the {@link OpenTelemetry} instead of a second appender
 * that would export every event twice.
 *
 * @author Vigil
 */
final class OtlpLogAppenderInstaller implements InitializingBean, DisposableBean {

	/**
	 * The logger of the request lines, which Vigil's files take for themselves (non-additive, off
	 * the console) while they are on: the lines are exported all the same.
	 */
	static final String REQUEST_LINES = LogbackAppenders.REQUEST_LINES_LOGGER;

	private final OpenTelemetry openTelemetry;

	private @Nullable TracedLogAppender appender;

	OtlpLogAppenderInstaller(OpenTelemetry openTelemetry) {
		this.openTelemetry = openTelemetry;
	}

	@Override
	public void afterPropertiesSet() {
		LoggerContext context = LogbackLoggingSystem.requiredContext();
		if (!hasOwnAppender(context)) {
			TracedLogAppender appender = new TracedLogAppender(context, this.openTelemetry);
			appender.start();
			LogbackAppenders.attach(context, appender);
			Logger requestLines = context.getLogger(REQUEST_LINES);
			if (!requestLines.isAdditive()) {
				replace(requestLines, appender);
			}
			this.appender = appender;
		}
		OpenTelemetryAppender.install(this.openTelemetry);
	}

	@Override
	public void destroy() {
		if (this.appender != null) {
			LoggerContext context = LogbackLoggingSystem.requiredContext();
			context.getLogger(REQUEST_LINES).detachAppender(this.appender);
			LogbackAppenders.detach(context, this.appender);
		}
	}

	// as LogbackAppenders does on the root logger: the appender of a context started earlier goes
	private static void replace(Logger logger, TracedLogAppender appender) {
		var previous = logger.getAppender(TracedLogAppender.NAME);
		if (previous != null) {
			logger.detachAppender(previous);
		}
		logger.addAppender(appender);
	}

	private static boolean hasOwnAppender(LoggerContext context) {
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		var appenders = root.iteratorForAppenders();
		while (appenders.hasNext()) {
			if (appenders.next() instanceof OpenTelemetryAppender appender && !(appender instanceof TracedLogAppender)) {
				return true;
			}
		}
		return false;
	}

}
