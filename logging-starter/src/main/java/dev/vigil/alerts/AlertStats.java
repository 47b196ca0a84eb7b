package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * Live counters of the alerts, shown by the {@code logging} health indicator: the queue and
 * flood control of the {@link AlertDispatcher}, and the deliveries of all channels together,
 * with each channel's own in {@link #getChannels()}. Every getter reads the current value; the
 * counters start at zero when the application starts.
 *
 * @author Vigil
 */
public final class AlertStats {

	private final Collection<?> queue;

	private final Clock clock;

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong suppressed = new AtomicLong();

	private final LongAdder dropped = new LongAdder();

	private final AtomicLong failed = new AtomicLong();

	private volatile @Nullable String lastFailure;

	private volatile @Nullable Instant lastSuccess;

	private final Map<String, ChannelStats> channels = new LinkedHashMap<>();

	AlertStats(Collection<?> queue) {
		this(queue, Clock.systemUTC());
	}

	AlertStats(Collection<?> queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	/**
	 * Adds the counters of a channel; done before the dispatcher starts.
	 * @param channel the channel
	 * @return its counters
	 */
	ChannelStats addChannel(AlertChannel channel) {
		ChannelStats stats = new ChannelStats(this, channel, this.clock);
		this.channels.put(channel.name(), stats);
		return stats;
	}

	/**
	 * The deliveries of each channel.
	 * @return the counters per channel name, in the order of the channels
	 */
	public Map<String, ChannelStats> getChannels() {
		return Collections.unmodifiableMap(this.channels);
	}

	/**
	 * Alerts waiting to be dispatched.
	 * @return the current length of the queue
	 */
	public int getQueued() {
		return this.queue.size();
	}

	/**
	 * Alerts and digests delivered, all channels together.
	 * @return the number of deliveries that succeeded
	 */
	public long getSent() {
		return this.sent.get();
	}

	/**
	 * Alerts not delivered by flood control (one of the same kind was sent recently, or the
	 * hourly maximum was reached); they are counted in a digest.
	 * @return the number of suppressed alerts
	 */
	public long getSuppressed() {
		return this.suppressed.get();
	}

	/**
	 * Alerts lost because a queue was full: the dispatcher's (lost for every channel), plus
	 * each channel's own (lost for that channel only, see {@link ChannelStats#getDropped()}).
	 * @return the number of dropped alerts and deliveries
	 */
	public long getDropped() {
		long dropped = this.dropped.sum();
		for (ChannelStats channel : this.channels.values()) {
			dropped += channel.getDropped();
		}
		return dropped;
	}

	/**
	 * Alerts lost because the dispatcher's queue was full, before any channel was chosen.
	 * @return the number of alerts dropped by the dispatcher
	 */
	long getDroppedByDispatcher() {
		return this.dropped.sum();
	}

	/**
	 * Deliveries that failed, all channels together, retries included.
	 * @return the number of failed deliveries
	 */
	public long getFailed() {
		return this.failed.get();
	}

	/**
	 * The last delivery failure of any channel, with its time.
	 * @return the failure, or {@code null} when no delivery failed
	 */
	public @Nullable String getLastFailure() {
		return this.lastFailure;
	}

	/**
	 * When any channel last delivered an alert or digest; each channel's own is in
	 * {@link ChannelStats#getLastSuccess()}.
	 * @return the time, to the millisecond, or {@code null} when no delivery succeeded
	 */
	public @Nullable Instant getLastSuccess() {
		return this.lastSuccess;
	}

	/**
	 * The delivery in progress, if any: {@code sending since <time>}, or {@code stuck since
	 * <time>} once it has taken longer than its channel allows.
	 * @return the state of the delivery, or {@code null} when nothing is being delivered
	 */
	public @Nullable String getDelivery() {
		for (ChannelStats channel : this.channels.values()) {
			String delivery = channel.getDelivery();
			if (delivery != null) {
				return delivery;
			}
		}
		return null;
	}

	/**
	 * Why a delivery counts as stuck.
	 * @return the reason, or {@code null} unless a delivery has taken longer than its channel
	 * allows
	 */
	public @Nullable String getStuckDelivery() {
		for (ChannelStats channel : this.channels.values()) {
			String stuck = channel.getStuckDelivery();
			if (stuck != null) {
				return stuck;
			}
		}
		return null;
	}

	/**
	 * A failure in one line: the exception's type, its root cause's type and message.
	 * @param ex the failure
	 * @return at most 500 characters
	 */
	static String describe(Throwable ex) {
		StringBuilder description = new StringBuilder(ex.getClass().getSimpleName());
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : ex.getMessage();
		if (cause != ex) {
			description.append(" (").append(cause.getClass().getSimpleName()).append(')');
		}
		if (message != null) {
			description.append(": ").append(message.replaceAll("\\s+", " ").trim());
		}
		return (description.length() > 500) ? description.substring(0, 497) + "..." : description.toString();
	}

	static String print(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	void sent(Instant at) {
		this.sent.incrementAndGet();
		this.lastSuccess = at;
	}

	void suppressed() {
		this.suppressed.incrementAndGet();
	}

	void dropped() {
		this.dropped.increment();
	}

	void failed(String failure) {
		this.failed.incrementAndGet();
		this.lastFailure = failure;
	}

}
