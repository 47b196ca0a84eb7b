package dev.vigil.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The loop of the dispatcher thread: takes alerts from the queue, applies flood control, and
 * hands each alert and each digest, when due, to the {@link ChannelWorker} of every channel. It
 * never waits on a channel: each worker has a queue and a thread of its own.
 */
final class AlertLoop implements Runnable {

	/**
	 * The name of the dispatcher thread, as failure reports on {@code System.err} and thread
	 * dumps show it.
	 */
	static final String THREAD_NAME = "vigil-alert-dispatcher";

	private static final long IDLE_WAIT_MILLIS = 500;

	private final BlockingQueue<AlertEvent> queue;

	private final EventAlerts alerts;

	private final List<AlertRoute> routes;

	private final AlertStats stats;

	private final AlertOrigin origin;

	private final Clock clock;

	private volatile boolean stopping;

	private volatile long deadline;

	AlertLoop(BlockingQueue<AlertEvent> queue, EventAlerts alerts, List<AlertRoute> routes, AlertStats stats,
			AlertOrigin origin, Clock clock) {
		this.queue = queue;
		this.alerts = alerts;
		this.routes = routes;
		this.stats = stats;
		this.origin = origin;
		this.clock = clock;
	}

	@Override
	public void run() {
		// Resolving the host name may wait on DNS: done here, never on a logging thread.
		String host = SenderAddress.localHostName();
		try {
			while (!this.stopping) {
				AlertEvent alert = this.queue.poll(IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
				for (AlertRoute route : this.routes) {
					FloodControl.Digest digest = route.flood().digestIfDue();
					if (digest != null) {
						sendDigest(route, digest, host);
					}
				}
				if (alert != null) {
					handle(alert, host);
				}
			}
		}
		catch (InterruptedException ex) {
			// stop() interrupts the wait for the next alert
		}
		Thread.interrupted();
		AlertEvent alert;
		while (timeLeft() && (alert = this.queue.poll()) != null) {
			handle(alert, host);
		}
		for (AlertRoute route : this.routes) {
			FloodControl.Digest digest = route.flood().digestNow();
			if (digest != null && timeLeft()) {
				sendDigest(route, digest, host);
			}
		}
		this.alerts.stop();
	}

	/**
	 * Asks the loop to hand what is queued to the workers and end; the caller then interrupts
	 * the thread.
	 * @param deadline {@link System#nanoTime()} at which the loop gives up
	 */
	void stop(long deadline) {
		this.deadline = deadline;
		this.stopping = true;
	}

	private boolean timeLeft() {
		return !this.stopping || this.deadline - System.nanoTime() > 0;
	}

	/**
	 * Sends the alert once to each channel of the routes that match the event and whose flood
	 * control lets it through; when routes match but none lets it through, it is suppressed.
	 */
	private void handle(AlertEvent event, String host) {
		Alert alert;
		Set<ChannelWorker> targets = new LinkedHashSet<>();
		try {
			String fingerprint = this.alerts.fingerprint(event.event());
			String label = this.alerts.label(event.event());
			Instant now = this.clock.instant();
			boolean matched = false;
			String rule = null;
			for (AlertRoute route : this.routes) {
				if (route.alerts(event.event(), now)) {
					matched = true;
					if (route.admit(fingerprint, label)) {
						targets.addAll(route.workers());
						rule = (rule != null) ? rule : route.rule();
					}
				}
			}
			if (!matched) {
				return;
			}
			if (targets.isEmpty()) {
				this.stats.suppressed();
				return;
			}
			alert = this.alerts.of(event, fingerprint, label, host, this.origin, rule);
		}
		catch (RuntimeException ex) {
			ILoggingEvent logged = event.event();
			this.stats.failed(now() + " " + AlertStats.describe(ex));
			System.err.println(now() + " WARN  [" + Thread.currentThread().getName() + "] " + getClass().getName()
					+ " - Could not prepare an alert for " + logged.getLoggerName() + ": " + AlertStats.describe(ex));
			return;
		}
		targets.forEach((worker) -> worker.offer(alert));
	}

	private void sendDigest(AlertRoute route, FloodControl.Digest digest, String host) {
		AlertDigest alertDigest = new AlertDigest(digest.since(), digest.total(), digest.kinds()
			.stream()
			.map((kind) -> new AlertDigest.Kind(kind.fingerprint(), kind.label(), kind.count()))
			.toList(), digest.other(), host, this.origin.application(), this.origin.page());
		route.workers().forEach((worker) -> worker.offer(alertDigest));
	}

	private String now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
	}

}
