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
 * appenders of one name would both get every event. An appender that stands for one context
 * among several is attached under a numbered name instead ({@link #attachNumbered}).
 *
 * @author Vigil
 */
public final class LogbackAppenders {

	/**
	 * The logger of Vigil's request lines. While Vigil's files are on they take it for
	 * themselves (not additive), so an appender on the root logger never sees these lines: a
	 * feature that wants them (alerts, the OTLP export) attaches to this logger as well.
	 */
	public static final String REQUEST_LINES_LOGGER = "dev.vigil.requests";

	private static final String PREFIX = "VIGIL_";

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
	 * Attaches a started appender of one application context to the root logger beside those of
	 * the other contexts in the JVM: under its name when that is free, otherwise under the first
	 * free numbered one ({@code VIGIL_2_ERRORS}, {@code VIGIL_3_ERRORS}, …, as the files of other
	 * contexts are numbered).
	 * @param context Logback's logger context
	 * @param appender the appender, named; renamed when its name is taken
	 */
	public static void attachNumbered(LoggerContext context, Appender<ILoggingEvent> appender) {
		Logger root = root(context);
		synchronized (LogbackAppenders.class) {
			String name = appender.getName();
			for (int number = 2; root.getAppender(name) != null; number++) {
				name = numbered(appender.getName(), number);
			}
			appender.setName(name);
			root.addAppender(appender);
		}
	}

	private static String numbered(String name, int number) {
		return name.startsWith(PREFIX) ? PREFIX + number + "_" + name.substring(PREFIX.length()) : name + "_" + number;
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
