package dev.vigil.alerts;

import java.util.List;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
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
 */
final class AlertAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	static final String NAME = "VIGIL_ALERT_MAIL";

	static final String OWN_LOGGERS = "dev.vigil.alerts";

	private final AlertRoute[] routes;

	private final RecentEvents recent;

	private final BlockingQueue<AlertEvent> queue;

	private final AlertStats stats;

	private final List<Thread> alertThreads;

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
	}

	/**
	 * Detaches this appender; one that a later application attached since is left alone.
	 */
	void detach() {
		if (getContext() instanceof LoggerContext context) {
			LogbackAppenders.detach(context, this);
		}
		stop();
	}

}
