package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Decides which alerts are mailed: one per fingerprint per dedupe window, at most a number of
 * mails in any hour. What it holds back is counted per fingerprint and handed out as a
 * {@link Digest} once the dedupe window has passed since the first suppressed alert.
 * <p>
 * Used by the mailer thread only, so not thread-safe; time comes from a {@link Clock} so that
 * tests do not wait for the windows.
 */
final class FloodControl {

	private static final Duration HOUR = Duration.ofHours(1);

	/**
	 * Kinds listed one by one in a digest; further kinds are only counted.
	 */
	static final int MAX_KINDS = 100;

	private final Duration dedupeWindow;

	private final int maxPerHour;

	private final Clock clock;

	private final Map<String, Instant> lastMailed = new HashMap<>();

	private final Deque<Instant> mailedInLastHour = new ArrayDeque<>();

	private final Map<String, Kind> suppressed = new LinkedHashMap<>();

	private long suppressedTotal;

	private long suppressedOther;

	private @Nullable Instant suppressedSince;

	FloodControl(Duration dedupeWindow, int maxPerHour, Clock clock) {
		this.dedupeWindow = dedupeWindow;
		this.maxPerHour = maxPerHour;
		this.clock = clock;
	}

	/**
	 * Whether an alert may be mailed now; if not, it is counted for the next digest.
	 * @param fingerprint the kind of the alert
	 * @param label a human label of the kind
	 * @return {@code true} when the alert is to be mailed
	 */
	boolean admit(String fingerprint, String label) {
		Instant now = this.clock.instant();
		forgetExpired(now);
		Instant last = this.lastMailed.get(fingerprint);
		if ((last != null && now.isBefore(last.plus(this.dedupeWindow))) || !budgetLeft()) {
			suppress(fingerprint, label, now);
			return false;
		}
		this.lastMailed.put(fingerprint, now);
		this.mailedInLastHour.addLast(now);
		return true;
	}

	/**
	 * The digest of the suppressed alerts, once the dedupe window has passed since the first of
	 * them and the hourly maximum allows another mail.
	 * @return the digest, or {@code null} when none is due
	 */
	@Nullable Digest digestIfDue() {
		Instant since = this.suppressedSince;
		if (since == null || this.clock.instant().isBefore(since.plus(this.dedupeWindow))) {
			return null;
		}
		return digestNow();
	}

	/**
	 * The digest of the suppressed alerts regardless of the dedupe window, as on shutdown.
	 * @return the digest, or {@code null} when nothing was suppressed or the hourly maximum is
	 * reached
	 */
	@Nullable Digest digestNow() {
		Instant since = this.suppressedSince;
		Instant now = this.clock.instant();
		forgetExpired(now);
		if (since == null || !budgetLeft()) {
			return null;
		}
		List<Kind> kinds = new ArrayList<>(this.suppressed.values());
		kinds.sort(Comparator.comparingLong(Kind::count).reversed());
		Digest digest = new Digest(since, this.suppressedTotal, kinds, this.suppressedOther);
		this.suppressed.clear();
		this.suppressedTotal = 0;
		this.suppressedOther = 0;
		this.suppressedSince = null;
		this.mailedInLastHour.addLast(now);
		return digest;
	}

	private void suppress(String fingerprint, String label, Instant now) {
		if (this.suppressedSince == null) {
			this.suppressedSince = now;
		}
		this.suppressedTotal++;
		Kind kind = this.suppressed.get(fingerprint);
		if (kind != null) {
			this.suppressed.put(fingerprint, new Kind(fingerprint, label, kind.count() + 1));
		}
		else if (this.suppressed.size() < MAX_KINDS) {
			this.suppressed.put(fingerprint, new Kind(fingerprint, label, 1));
		}
		else {
			this.suppressedOther++;
		}
	}

	private boolean budgetLeft() {
		return this.mailedInLastHour.size() < this.maxPerHour;
	}

	private void forgetExpired(Instant now) {
		Instant hourAgo = now.minus(HOUR);
		while (!this.mailedInLastHour.isEmpty() && !this.mailedInLastHour.peekFirst().isAfter(hourAgo)) {
			this.mailedInLastHour.removeFirst();
		}
		Instant windowStart = now.minus(this.dedupeWindow);
		this.lastMailed.values().removeIf((mailed) -> !mailed.isAfter(windowStart));
	}

	/**
	 * Alerts of one kind held back since the last digest.
	 *
	 * @param fingerprint the kind
	 * @param label a human label of the kind
	 * @param count how many alerts were held back
	 */
	record Kind(String fingerprint, String label, long count) {

	}

	/**
	 * What flood control held back since a time.
	 *
	 * @param since when the first of them was held back
	 * @param total how many alerts were held back
	 * @param kinds the alerts per kind, most frequent first, at most {@link #MAX_KINDS}
	 * @param other alerts of kinds beyond the ones listed
	 */
	record Digest(Instant since, long total, List<Kind> kinds, long other) {

	}

}
