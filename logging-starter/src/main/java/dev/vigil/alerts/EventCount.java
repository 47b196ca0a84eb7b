package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * The threshold of a rule: reached when the Nth matching event arrives within the window of the
 * events before it (a sliding window over the last N events). Counting starts again after each
 * time it is reached, so a steady stream alerts at most once per N events. Used by the
 * dispatcher thread only.
 */
final class EventCount {

	private final Instant[] times;

	private final Duration window;

	private int size;

	private int next;

	EventCount(int threshold, Duration window) {
		this.times = new Instant[threshold];
		this.window = window;
	}

	/**
	 * Counts one matching event.
	 * @param now when it was handled
	 * @return {@code true} when it is the Nth within the window
	 */
	boolean reached(Instant now) {
		this.times[this.next] = now;
		this.next = (this.next + 1) % this.times.length;
		this.size = Math.min(this.size + 1, this.times.length);
		// once full, the slot written next holds the oldest of the last N events
		Instant oldest = (this.size < this.times.length) ? null : this.times[this.next];
		if (oldest == null || now.isAfter(oldest.plus(this.window))) {
			return false;
		}
		this.size = 0;
		return true;
	}

	String describe(String rule) {
		return this.times.length + " events matching " + rule + " in " + print(this.window);
	}

	private static String print(Duration duration) {
		long seconds = duration.toSeconds();
		if (duration.toMillis() % 1000 != 0 || seconds % 60 != 0) {
			return AlertStats.print(duration);
		}
		return (seconds % 3600 == 0) ? (seconds / 3600) + "h" : (seconds / 60) + "m";
	}

}
