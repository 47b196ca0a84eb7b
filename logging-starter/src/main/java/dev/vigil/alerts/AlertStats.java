package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * Live counters of the e-mail alerts, shown by the {@code logging} health indicator. Every
 * getter reads the current value; the counters start at zero when the application starts.
 *
 * @author Vigil
 */
public final class AlertStats {

	private final Collection<?> queue;

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong suppressed = new AtomicLong();

	private final LongAdder dropped = new LongAdder();

	private final AtomicLong failed = new AtomicLong();

	private volatile @Nullable String lastFailure;

	private final Duration stuckAfter;

	private final Clock clock;

	private volatile @Nullable Instant deliveringSince;

	AlertStats(Collection<?> queue) {
		this(queue, Duration.ofSeconds(15), Clock.systemUTC());
	}

	AlertStats(Collection<?> queue, Duration stuckAfter, Clock clock) {
		this.queue = queue;
		this.stuckAfter = stuckAfter;
		this.clock = clock;
	}

	/**
	 * Alerts waiting to be mailed.
	 * @return the current length of the queue
	 */
	public int getQueued() {
		return this.queue.size();
	}

	/**
	 * Mails sent: alerts and digests.
	 * @return the number of mails the mail server accepted
	 */
	public long getSent() {
		return this.sent.get();
	}

	/**
	 * Alerts not mailed by flood control (a mail of the same kind was sent recently, or the
	 * hourly maximum was reached); they are counted in a digest mail.
	 * @return the number of suppressed alerts
	 */
	public long getSuppressed() {
		return this.suppressed.get();
	}

	/**
	 * Alerts lost because the queue was full.
	 * @return the number of dropped alerts
	 */
	public long getDropped() {
		return this.dropped.sum();
	}

	/**
	 * Mails that could not be sent, retries included.
	 * @return the number of failed mails
	 */
	public long getFailed() {
		return this.failed.get();
	}

	/**
	 * The last delivery failure, with its time.
	 * @return the failure, or {@code null} when no mail failed
	 */
	public @Nullable String getLastFailure() {
		return this.lastFailure;
	}

	/**
	 * The mail being delivered, if any: {@code sending since <time>}, or {@code stuck since
	 * <time>} once it has taken more than half of {@code vigil.alerts.mail.delivery-timeout}.
	 * @return the state of the delivery, or {@code null} when no mail is being delivered
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
	 * @return the reason, or {@code null} unless a mail has been in delivery for more than half
	 * of {@code vigil.alerts.mail.delivery-timeout}
	 */
	public @Nullable String getStuckDelivery() {
		Instant since = this.deliveringSince;
		if (since == null || !isStuck(since)) {
			return null;
		}
		return "An alert mail has been in delivery for more than " + print(this.stuckAfter) + " (since " + since
				+ "); the mail server is slow or does not answer, and the delivery ends at "
				+ "vigil.alerts.mail.delivery-timeout";
	}

	private boolean isStuck(Instant since) {
		return Duration.between(since, this.clock.instant()).compareTo(this.stuckAfter) > 0;
	}

	void deliveryStarted(Instant now) {
		this.deliveringSince = now;
	}

	void deliveryEnded() {
		this.deliveringSince = null;
	}

	static String print(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	void sent() {
		this.sent.incrementAndGet();
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
