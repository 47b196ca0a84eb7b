package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ErrorFingerprint;

import org.springframework.beans.factory.DisposableBean;

/**
 * The running alerts, whatever the channel: the appender on Logback's root logger, the bounded
 * queue, flood control and digests on the dispatcher thread, and one worker per
 * {@link AlertChannel} (a bounded queue and a thread of its own) that delivers to it. Closing
 * the application context detaches the appender, then gives the dispatcher and every worker
 * together up to the shutdown timeout to send what is queued.
 * <p>
 * A slow or hung channel delays only its own deliveries; each channel has its own counters in
 * {@link AlertStats#getChannels()}.
 * <p>
 * It is not a seam: an application adds or replaces {@link AlertChannel} beans, not the
 * dispatcher.
 *
 * @author Vigil
 */
public final class AlertDispatcher implements DisposableBean {

	private final AlertAppender appender;

	private final AlertLoop loop;

	private final Thread thread;

	private final List<ChannelWorker> workers;

	private final AlertStats stats;

	private final Duration shutdownTimeout;

	private AlertDispatcher(AlertAppender appender, AlertLoop loop, Thread thread, List<ChannelWorker> workers,
			AlertStats stats, Duration shutdownTimeout) {
		this.appender = appender;
		this.loop = loop;
		this.thread = thread;
		this.workers = workers;
		this.stats = stats;
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Starts the workers and the dispatcher thread and attaches the appender.
	 * @param settings the validated settings
	 * @param rules the alert rules, in addition to the default of the settings
	 * @param channels where alerts go
	 * @param fingerprint groups errors of the same kind
	 * @param origin the application's name and the errors page
	 * @param context Logback's logger context
	 * @param clock the time of flood control
	 * @return the running dispatcher
	 */
	static AlertDispatcher start(AlertSettings settings, List<AlertsProperties.Rule> rules, List<AlertChannel> channels,
			ErrorFingerprint fingerprint, AlertOrigin origin, LoggerContext context, Clock clock) {
		requireDistinctNames(channels);
		BlockingQueue<AlertEvent> queue = new ArrayBlockingQueue<>(settings.queueCapacity().value());
		AlertStats stats = new AlertStats(queue, clock);
		List<ChannelWorker> workers = channels.stream()
			.map((channel) -> new ChannelWorker(channel, stats.addChannel(channel), settings.queueCapacity().value(),
					clock))
			.toList();
		List<AlertRoute> routes = AlertRules.routes(settings, rules, workers, clock);
		AlertLoop loop = new AlertLoop(queue, new EventAlerts(new EventFingerprint(fingerprint), context), routes,
				stats, origin, clock);
		Thread thread = new Thread(loop, AlertLoop.THREAD_NAME);
		thread.setDaemon(true);
		List<Thread> threads = new ArrayList<>();
		threads.add(thread);
		workers.forEach((worker) -> threads.add(worker.thread()));
		AlertAppender appender = new AlertAppender(routes, settings.contextLines().value(), queue, stats, threads);
		workers.forEach(ChannelWorker::start);
		thread.start();
		appender.attach(context);
		return new AlertDispatcher(appender, loop, thread, workers, stats, settings.shutdownTimeout().value());
	}

	/**
	 * A channel's name is how rules, health, the metric and its thread tell it apart.
	 */
	private static void requireDistinctNames(List<AlertChannel> channels) {
		Set<String> names = new HashSet<>();
		for (AlertChannel channel : channels) {
			if (!names.add(channel.name())) {
				throw new MailAlertsConfigurationException(
						"Two alert channels are named '" + channel.name() + "': rules, the logging health details "
								+ "and the vigil.alerts metric could not tell them apart.",
						"Give each AlertChannel bean a name of its own (AlertChannel#name()).");
			}
		}
	}

	/**
	 * The counters of the queue, of flood control and of each channel.
	 * @return the live counters
	 */
	public AlertStats getStats() {
		return this.stats;
	}

	/**
	 * Stops alerting and waits at most the shutdown timeout for the queued alerts: the
	 * dispatcher hands what it holds to the workers, and every worker has what is left of the
	 * timeout, all at the same time. The threads are daemons, so a channel that hangs beyond it
	 * does not keep the JVM alive.
	 */
	@Override
	public void destroy() throws InterruptedException {
		long deadline = System.nanoTime() + this.shutdownTimeout.toNanos();
		this.appender.detach();
		this.workers.forEach((worker) -> worker.stopping(this.shutdownTimeout));
		this.loop.stop(deadline);
		this.thread.interrupt();
		this.thread.join(Math.max(1, this.shutdownTimeout.toMillis()));
		this.workers.forEach((worker) -> worker.stop(deadline));
		for (ChannelWorker worker : this.workers) {
			worker.join();
		}
	}

}
