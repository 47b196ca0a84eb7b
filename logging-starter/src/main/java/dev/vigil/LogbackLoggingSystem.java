package dev.vigil;

import ch.qos.logback.classic.LoggerContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Whether Logback is the application's logging system: SLF4J is bound to Logback. Beans decide
 * it with {@link ConditionalOnLogback}; this class is for code that runs before conditions are
 * evaluated (application listeners) and for beans under that condition.
 *
 * @author Vigil
 */
public final class LogbackLoggingSystem {

	private LogbackLoggingSystem() {
	}

	/**
	 * Logback's context, when Logback is the logging system.
	 * @return the context, or {@code null} when SLF4J is bound to another logging system
	 */
	public static @Nullable LoggerContext context() {
		return contextOf(LoggerFactory.getILoggerFactory());
	}

	/**
	 * Logback's context, for code that runs only under {@link ConditionalOnLogback}.
	 * @return the context
	 * @throws IllegalStateException when Logback is not the logging system
	 */
	public static LoggerContext requiredContext() {
		ILoggerFactory loggerFactory = LoggerFactory.getILoggerFactory();
		LoggerContext context = contextOf(loggerFactory);
		if (context == null) {
			throw new IllegalStateException("Logback is not the logging system: SLF4J is bound to "
					+ loggerFactory.getClass().getName());
		}
		return context;
	}

	static @Nullable LoggerContext contextOf(ILoggerFactory loggerFactory) {
		return (loggerFactory instanceof LoggerContext context) ? context : null;
	}

}
