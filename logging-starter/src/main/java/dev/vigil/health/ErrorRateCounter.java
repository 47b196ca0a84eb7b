package dev.vigil.health;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

import dev.vigil.errors.ErrorEvent;
import dev.vigil.errors.ErrorEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Counts the ERROR events of every logger over the last 15 minutes, fed by Vigil's one
 * {@link ErrorEventListener fan-out of ERROR events}.
 * <p>
 * One slot per second; a slot packs its epoch second (high 32 bits) and its count (low 32
 * bits), so that moving a slot to a new second and counting is a single compare-and-set: no
 * lock and no allocation on the logging thread.
 *
 * @author Vigil
 */
final class ErrorRateCounter implements ErrorEventListener {

	private static final int SECONDS = 15 * 60;

	private final AtomicLongArray slots = new AtomicLongArray(SECONDS);

	private final Clock clock;

	private volatile @Nullable Instant lastErrorAt;

	ErrorRateCounter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onError(ErrorEvent event) {
		long second = Math.floorDiv(this.clock.millis(), 1000);
		int index = (int) Math.floorMod(second, SECONDS);
		long current;
		long next;
		do {
			current = this.slots.get(index);
			next = (stamp(current) == (int) second) ? current + 1 : ((second << 32) | 1);
		}
		while (!this.slots.compareAndSet(index, current, next));
		this.lastErrorAt = event.timestamp();
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
		return this.lastErrorAt;
	}

	private static int stamp(long slot) {
		return (int) (slot >>> 32);
	}

}
