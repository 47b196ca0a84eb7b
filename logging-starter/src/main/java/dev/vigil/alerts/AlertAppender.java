package dev.vigil.alerts;

import java.util.List;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import dev.vigil.LogbackAppenders;

/**
 * Hands events to the dispatcher thread without ever waiting: it remembers every event for the
 * context lines, and offers those that a route takes by level and logger (the default: at or
 * above {@code vigil.alerts.level}; a rule: its own level and logger) to a bounded queue,
 * counting them as dropped when the queue is full. Message patterns and thresholds are left to
 * the dispatcher thread.
 * <p>
 * Events of Vigil's alerting code and every event logged on the dispatcher's or a channel
 * worker's thread (by a channel or the mail library, say) are ignored, so that a failing delivery
 * cannot trigger another alert.
 * <p>
 * Vigil's request lines ({@code dev.vigil.requests}) go only to Vigil's files when those are on:
 * that logger is not additive, so they never reach the root logger. This appender therefore takes
 * them from an appender of its own on that logger, and on the root logger ignores them, so each
 * line is taken once whether the logger is additive or not (as it is with
 * {@code vigil.requests.console=true} or without Vigil's files).
 */
final class AlertAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	static final String NAME = "VIGIL_ALERT_MAIL";

	static final String OWN_LOGGERS = "dev.vigil.alerts";

	static final String REQUEST_LINES = LogbackAppenders.REQUEST_LINES_LOGGER;

	static final String REQUEST_LINES_NAME = "VIGIL_ALERT_REQUEST_LINES";

	private final AlertRoute[] routes;

	private final RecentEvents recent;

	private final BlockingQueue<AlertEvent> queue;

	private final AlertStats stats;

	private final List<Thread> alertThreads;

	private final RequestLines requestLines = new RequestLines();

	AlertAppender(List<AlertRoute> routes, int contextLines, BlockingQueue<AlertEvent> queue, AlertStats stats,
			List<Thread> alertThreads) {
		this.routes = routes.toArray(AlertRoute[]::new);
		this.recent = new RecentEvents(contextLines);
		this.queue = queue;
		this.stats = stats;
		this.alertThreads = List.copyOf(alertThreads);
		setName(NAME);
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (!isRequestLine(event.getLoggerName())) {
			take(event);
		}
	}

	private void take(ILoggingEvent event) {
		if (this.alertThreads.contains(Thread.currentThread()) || event.getLoggerName().startsWith(OWN_LOGGERS)) {
			return;
		}
		// The dispatcher reads the event later on its own thread: freeze message, thread name and MDC now.
		event.prepareForDeferredProcessing();
		long position = this.recent.add(event);
		if (!anyRouteTakes(event)) {
			return;
		}
		if (this.queue.remainingCapacity() == 0
				|| !this.queue.offer(new AlertEvent(event, this.recent.before(position, event)))) {
			this.stats.dropped();
		}
	}

	private boolean anyRouteTakes(ILoggingEvent event) {
		int level = event.getLevel().toInt();
		String logger = event.getLoggerName();
		for (AlertRoute route : this.routes) {
			if (route.takes(level, logger)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Attaches this appender to the root logger, replacing the one of an application started
	 * earlier in the same JVM: Logback's context is global, one set of alerts is enough.
	 * @param context Logback's logger context
	 */
	void attach(LoggerContext context) {
		setContext(context);
		start();
		LogbackAppenders.attach(context, this);
		this.requestLines.setContext(context);
		this.requestLines.start();
		Logger requestLogger = context.getLogger(REQUEST_LINES);
		Appender<ILoggingEvent> previous = requestLogger.getAppender(REQUEST_LINES_NAME);
		if (previous != null) {
			requestLogger.detachAppender(previous);
			previous.stop();
		}
		requestLogger.addAppender(this.requestLines);
	}

	/**
	 * Detaches this appender; one that a later application attached since is left alone.
	 */
	void detach() {
		if (getContext() instanceof LoggerContext context) {
			context.getLogger(REQUEST_LINES).detachAppender(this.requestLines);
			LogbackAppenders.detach(context, this);
		}
		this.requestLines.stop();
		stop();
	}

	private static boolean isRequestLine(String loggerName) {
		return loggerName.startsWith(REQUEST_LINES)
				&& (loggerName.length() == REQUEST_LINES.length() || loggerName.charAt(REQUEST_LINES.length()) == '.');
	}

	/**
	 * Takes the events of {@code dev.vigil.requests} on that logger, where they arrive whether
	 * it is additive or not.
	 */
	private final class RequestLines extends UnsynchronizedAppenderBase<ILoggingEvent> {

		RequestLines() {
			setName(REQUEST_LINES_NAME);
		}

		@Override
		protected void append(ILoggingEvent event) {
			take(event);
		}

	}

}
