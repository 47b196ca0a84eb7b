package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The deliveries of one {@link AlertChannel}: a bounded queue the dispatcher fills without ever
 * waiting, and a daemon thread of its own, {@code vigil-alert-<channel name>}, that hands each
 * alert and digest to the channel. A channel that hangs holds up only its own queue; when that
 * queue is full, what does not fit is dropped and counted for this channel.
 */
final class ChannelWorker implements Runnable {

	static final String THREAD_PREFIX = "vigil-alert-";

	private final AlertChannel channel;

	private final ChannelStats stats;

	private final BlockingQueue<Consumer<AlertChannel>> queue;

	private final Clock clock;

	private final Thread thread;

	private volatile boolean stopping;

	private volatile long deadline;

	ChannelWorker(AlertChannel channel, ChannelStats stats, int capacity, Clock clock) {
		this.channel = channel;
		this.stats = stats;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.clock = clock;
		this.thread = new Thread(this, THREAD_PREFIX + channel.name());
		this.thread.setDaemon(true);
	}

	String name() {
		return this.channel.name();
	}

	Thread thread() {
		return this.thread;
	}

	void start() {
		this.thread.start();
	}

	void offer(Alert alert) {
		offer((target) -> target.send(alert));
	}

	void offer(AlertDigest digest) {
		offer((target) -> target.send(digest));
	}

	private void offer(Consumer<AlertChannel> delivery) {
		if (!this.queue.offer(delivery)) {
			this.stats.dropped();
		}
	}

	@Override
	public void run() {
		while (!this.stopping || timeLeft()) {
			Consumer<AlertChannel> delivery;
			try {
				delivery = this.stopping ? this.queue.poll() : this.queue.take();
			}
			catch (InterruptedException ex) {
				// stop() interrupts the wait for the next delivery
				continue;
			}
			if (delivery == null) {
				return;
			}
			deliver(delivery);
		}
	}

	private void deliver(Consumer<AlertChannel> delivery) {
		this.stats.deliveryStarted();
		try {
			delivery.accept(this.channel);
			this.stats.sent();
		}
		catch (RuntimeException ex) {
			this.stats.failed(this.clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " + AlertStats.describe(ex));
		}
		finally {
			this.stats.deliveryEnded();
		}
	}

	/**
	 * Tells the channel that the application stops, before the last alerts are handed to it, so
	 * that its retries end in time.
	 * @param timeout time left to deliver what is queued
	 */
	void stopping(Duration timeout) {
		this.channel.stopWithin(timeout);
	}

	/**
	 * Sends what is queued until the deadline, then ends; the thread is a daemon, so a channel
	 * that hangs beyond it does not keep the JVM alive.
	 * @param deadline {@link System#nanoTime()} at which the worker gives up
	 */
	void stop(long deadline) {
		this.deadline = deadline;
		this.stopping = true;
		this.thread.interrupt();
	}

	void join() throws InterruptedException {
		long left = this.deadline - System.nanoTime();
		if (left > 0) {
			this.thread.join(Math.max(1, Duration.ofNanos(left).toMillis()));
		}
	}

	private boolean timeLeft() {
		return this.deadline - System.nanoTime() > 0;
	}

}
