package dev.vigil.alerts;

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

	AlertStats(Collection<?> queue) {
		this.queue = queue;
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
