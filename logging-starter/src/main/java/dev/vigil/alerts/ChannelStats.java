package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * Live counters of the deliveries of one {@link AlertChannel}, shown per channel by the
 * {@code logging} health indicator.
 *
 * @author Vigil
 */
public final class ChannelStats {

	private final AlertStats total;

	private final AlertChannel channel;

	private final Duration stuckAfter;

	private final Clock clock;

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final LongAdder dropped = new LongAdder();

	private volatile @Nullable String lastFailure;

	private volatile @Nullable Instant lastSuccess;

	private volatile @Nullable Instant deliveringSince;

	ChannelStats(AlertStats total, AlertChannel channel, Clock clock) {
		this.total = total;
		this.channel = channel;
		this.stuckAfter = channel.stuckAfter();
		this.clock = clock;
	}

	/**
	 * Alerts and digests this channel delivered.
	 * @return the number of deliveries that succeeded
	 */
	public long getSent() {
		return this.sent.get();
	}

	/**
	 * Deliveries of this channel that failed.
	 * @return the number of failed deliveries
	 */
	public long getFailed() {
		return this.failed.get();
	}

	/**
	 * Alerts and digests lost for this channel because its queue was full (its deliveries did
	 * not keep up); the other channels still received them.
	 * @return the number of dropped deliveries
	 */
	public long getDropped() {
		return this.dropped.sum();
	}

	/**
	 * The last delivery failure of this channel, with its time.
	 * @return the failure, or {@code null} when none failed
	 */
	public @Nullable String getLastFailure() {
		return this.lastFailure;
	}

	/**
	 * When this channel last delivered an alert or digest; compared with the time of
	 * {@link #getLastFailure()}, it tells whether the channel works again after a failure.
	 * @return the time, to the millisecond, or {@code null} when no delivery succeeded
	 */
	public @Nullable Instant getLastSuccess() {
		return this.lastSuccess;
	}

	/**
	 * The delivery in progress, if any: {@code sending since <time>}, or {@code stuck since
	 * <time>} once it has taken longer than the channel's {@link AlertChannel#stuckAfter()}.
	 * @return the state of the delivery, or {@code null} when nothing is being delivered
	 */
	public @Nullable String getDelivery() {
		Instant since = this.deliveringSince;
		if (since == null) {
			return null;
		}
		return (isStuck(since) ? "stuck since " : "sending since ") + since;
	}

	/**
	 * Why the delivery counts as stuck.
	 * @return the reason, or {@code null} unless a delivery has taken longer than the channel's
	 * {@link AlertChannel#stuckAfter()}
	 */
	public @Nullable String getStuckDelivery() {
		Instant since = this.deliveringSince;
		if (since == null || !isStuck(since)) {
			return null;
		}
		return this.channel.describeStuckDelivery(since);
	}

	private boolean isStuck(Instant since) {
		return Duration.between(since, this.clock.instant()).compareTo(this.stuckAfter) > 0;
	}

	void deliveryStarted() {
		this.deliveringSince = this.clock.instant();
	}

	void deliveryEnded() {
		this.deliveringSince = null;
	}

	void sent() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		this.sent.incrementAndGet();
		this.lastSuccess = now;
		this.total.sent(now);
	}

	void dropped() {
		this.dropped.increment();
	}

	void failed(String failure) {
		this.failed.incrementAndGet();
		this.lastFailure = failure;
		this.total.failed(failure);
	}

}
