package dev.vigil;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;

/**
 * The one way Vigil's features put their appenders on Logback's root logger and take them off.
 * <p>
 * Logback's context is global to the JVM: an application started after another in the same JVM
 * (tests, a restart in development) finds the appenders of the first still attached, and two
 * appenders of one name would both get every event.
 *
 * @author Vigil
 */
public final class LogbackAppenders {

	private LogbackAppenders() {
	}

	/**
	 * Attaches a started appender to the root logger, replacing and stopping an appender of the
	 * same name that is attached there already.
	 * @param context Logback's logger context
	 * @param appender the appender, named
	 */
	public static void attach(LoggerContext context, Appender<ILoggingEvent> appender) {
		Logger root = root(context);
		Appender<ILoggingEvent> previous = root.getAppender(appender.getName());
		if (previous == appender) {
			return;
		}
		if (previous != null) {
			root.detachAppender(previous);
			previous.stop();
		}
		root.addAppender(appender);
	}

	/**
	 * Detaches an appender from the root logger and stops it. An appender of the same name that
	 * replaced it since is left attached.
	 * @param context Logback's logger context
	 * @param appender the appender
	 */
	public static void detach(LoggerContext context, Appender<ILoggingEvent> appender) {
		root(context).detachAppender(appender);
		appender.stop();
	}

	private static Logger root(LoggerContext context) {
		return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
