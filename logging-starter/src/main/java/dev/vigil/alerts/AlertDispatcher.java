package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ErrorFingerprint;
import dev.vigil.LogLevels;

import org.springframework.beans.factory.DisposableBean;

/**
 * The running alerts, whatever the channel: the appender on Logback's root logger, the bounded
 * queue, flood control and digests, and one background thread that hands every alert to each
 * {@link AlertChannel}. Closing the application context detaches the appender, then gives the
 * thread up to the shutdown timeout to send what is queued.
 * <p>
 * The channels are called one after the other on that thread, each within its own delivery
 * timeout, so a slow channel delays the others by at most that timeout; each has its own
 * counters in {@link AlertStats#getChannels()}.
 *
 * @author Vigil
 */
public final class AlertDispatcher implements DisposableBean {

	private final AlertAppender appender;

	private final AlertLoop loop;

	private final Thread thread;

	private final AlertStats stats;

	private final Duration shutdownTimeout;

	private AlertDispatcher(AlertAppender appender, AlertLoop loop, Thread thread, AlertStats stats,
			Duration shutdownTimeout) {
		this.appender = appender;
		this.loop = loop;
		this.thread = thread;
		this.stats = stats;
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Starts the dispatcher thread and attaches the appender.
	 * @param settings the validated settings
	 * @param channels where alerts go
	 * @param fingerprint groups errors of the same kind
	 * @param origin the application's name and the errors page
	 * @param context Logback's logger context
	 * @param clock the time of flood control
	 * @return the running dispatcher
	 */
	static AlertDispatcher start(AlertSettings settings, List<AlertChannel> channels, ErrorFingerprint fingerprint,
			AlertOrigin origin, LoggerContext context, Clock clock) {
		BlockingQueue<AlertEvent> queue = new ArrayBlockingQueue<>(settings.queueCapacity().value());
		AlertStats stats = new AlertStats(queue, clock);
		FloodControl flood = new FloodControl(settings.dedupeWindow().value(), settings.maxPerHour().value(), clock);
		AlertLoop loop = new AlertLoop(queue, new EventAlerts(new EventFingerprint(fingerprint), context), flood,
				channels, stats, origin, clock);
		Thread thread = new Thread(loop, AlertLoop.THREAD_NAME);
		thread.setDaemon(true);
		int threshold = LogLevels.logback(settings.level().value()).toInt();
		AlertAppender appender = new AlertAppender(threshold, settings.contextLines().value(), queue, stats, thread);
		thread.start();
		appender.attach(context);
		return new AlertDispatcher(appender, loop, thread, stats, settings.shutdownTimeout().value());
	}

	/**
	 * The counters of the queue, of flood control and of each channel.
	 * @return the live counters
	 */
	public AlertStats getStats() {
		return this.stats;
	}

	/**
	 * Stops alerting and waits at most the shutdown timeout for the queued alerts; the thread is
	 * a daemon, so a channel that hangs beyond it does not keep the JVM alive.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.appender.detach();
		this.loop.stop(this.shutdownTimeout);
		this.thread.interrupt();
		this.thread.join(Math.max(1, this.shutdownTimeout.toMillis()));
	}

}
