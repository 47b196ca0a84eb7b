package dev.vigil.health;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import dev.vigil.LogbackAppenders;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * Counts the ERROR events of every logger over the last 15 minutes, attached to Logback's root
 * logger while the application runs.
 * <p>
 * One slot per second; a slot packs its epoch second (high 32 bits) and its count (low 32
 * bits), so that moving a slot to a new second and counting is a single compare-and-set: no
 * lock and no allocation on the logging thread.
 *
 * @author Vigil
 */
final class ErrorRateCounter extends UnsynchronizedAppenderBase<ILoggingEvent> implements DisposableBean {

	static final String NAME = "VIGIL_ERROR_RATE";

	private static final int SECONDS = 15 * 60;

	private final AtomicLongArray slots = new AtomicLongArray(SECONDS);

	private final Clock clock;

	private volatile long lastErrorAt = -1;

	ErrorRateCounter(Clock clock) {
		this.clock = clock;
		setName(NAME);
	}

	/**
	 * Starts counting the events that reach the root logger of the given context, in place of
	 * the counter of an application started earlier in the same JVM.
	 * @param context Logback's logger context
	 * @param clock the clock deciding which second an event belongs to
	 * @return the attached counter
	 */
	static ErrorRateCounter attach(LoggerContext context, Clock clock) {
		ErrorRateCounter counter = new ErrorRateCounter(clock);
		counter.setContext(context);
		counter.start();
		LogbackAppenders.attach(context, counter);
		return counter;
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLevel().toInt() < Level.ERROR_INT) {
			return;
		}
		long second = Math.floorDiv(this.clock.millis(), 1000);
		int index = (int) Math.floorMod(second, SECONDS);
		long current;
		long next;
		do {
			current = this.slots.get(index);
			next = (stamp(current) == (int) second) ? current + 1 : ((second << 32) | 1);
		}
		while (!this.slots.compareAndSet(index, current, next));
		this.lastErrorAt = event.getTimeStamp();
	}

	/**
	 * The number of ERROR events in the last {@code seconds} seconds, the current one included.
	 * @param seconds 1 to 900
	 * @return the number of errors
	 */
	long errorsInLast(int seconds) {
		long now = Math.floorDiv(this.clock.millis(), 1000);
		long total = 0;
		for (long second = now; second > now - Math.min(seconds, SECONDS); second--) {
			long slot = this.slots.get((int) Math.floorMod(second, SECONDS));
			if (stamp(slot) == (int) second) {
				total += slot & 0xFFFF_FFFFL;
			}
		}
		return total;
	}

	/**
	 * When the last ERROR event was logged.
	 * @return its time, or {@code null} when none was logged since the application started
	 */
	@Nullable Instant lastErrorAt() {
		long millis = this.lastErrorAt;
		return (millis < 0) ? null : Instant.ofEpochMilli(millis);
	}

	private static int stamp(long slot) {
		return (int) (slot >>> 32);
	}

	@Override
	public void destroy() {
		if (getContext() instanceof LoggerContext context) {
			LogbackAppenders.detach(context, this);
		}
		stop();
	}

}
