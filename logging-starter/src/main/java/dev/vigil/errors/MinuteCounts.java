package dev.vigil.errors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Occurrences per minute over the last hour, for a sparkline: {@code counts} holds
 * {@value #MINUTES} minutes, the oldest first, the last being the minute that begins at
 * {@code lastMinute}. Immutable: each occurrence makes a new one.
 *
 * @param lastMinute the start of the last minute counted
 * @param counts the occurrences of each minute, the oldest first
 * @author Vigil
 */
public record MinuteCounts(Instant lastMinute, List<Integer> counts) {

	/**
	 * The number of minutes counted.
	 */
	public static final int MINUTES = 60;

	static MinuteCounts one(Instant at) {
		return new MinuteCounts(at.truncatedTo(ChronoUnit.MINUTES), zeros()).plusOne(at);
	}

	MinuteCounts plusOne(Instant at) {
		Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
		// An occurrence stamped before the last minute (a clock set back) counts in the last one.
		Instant last = minute.isAfter(this.lastMinute) ? minute : this.lastMinute;
		List<Integer> counts = new ArrayList<>(countsAt(last));
		counts.set(MINUTES - 1, counts.get(MINUTES - 1) + 1);
		return new MinuteCounts(last, Collections.unmodifiableList(counts));
	}

	/**
	 * The counts of the hour that ends with the minute of {@code now}, the oldest first.
	 * @param now the time to count up to
	 * @return {@value #MINUTES} counts, zeros for the minutes without an occurrence
	 */
	public List<Integer> countsAt(Instant now) {
		long shift = ChronoUnit.MINUTES.between(this.lastMinute, now.truncatedTo(ChronoUnit.MINUTES));
		if (shift <= 0) {
			return this.counts;
		}
		if (shift >= MINUTES) {
			return zeros();
		}
		List<Integer> counts = new ArrayList<>(zeros());
		for (int i = (int) shift; i < MINUTES; i++) {
			counts.set(i - (int) shift, this.counts.get(i));
		}
		return Collections.unmodifiableList(counts);
	}

	private static List<Integer> zeros() {
		return Collections.nCopies(MINUTES, 0);
	}

}
