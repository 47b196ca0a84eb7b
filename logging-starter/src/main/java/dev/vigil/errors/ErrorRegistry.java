package dev.vigil.errors;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.vigil.ErrorFingerprint;

import org.springframework.util.Assert;

/**
 * The most recent failures of the application, grouped by {@link ErrorFingerprint}: failed
 * requests and ERROR events of any logger, how often each occurred, when first and last, where
 * the last came from (the request, or the logger and thread), its error id and message, and one
 * sample stack trace.
 * <p>
 * At most {@code capacity} groups are kept; recording a new group beyond that evicts the
 * least recently seen one, so memory stays bounded however many distinct failures occur.
 * Recording is thread-safe and takes no lock shared by all threads: groups live in a
 * {@link ConcurrentHashMap} and are replaced, never mutated, so a snapshot is always
 * consistent.
 *
 * @author Vigil
 */
public final class ErrorRegistry {

	private final ErrorFingerprint fingerprint;

	private final int capacity;

	private final Clock clock;

	private final ConcurrentHashMap<String, Entry> groups;

	// Orders groups by last occurrence; Instants from the clock can tie.
	private final AtomicLong sequence = new AtomicLong();

	/**
	 * Creates an empty registry.
	 * @param fingerprint groups occurrences of the same failure
	 * @param capacity the maximum number of groups kept, at least 1
	 */
	public ErrorRegistry(ErrorFingerprint fingerprint, int capacity) {
		this(fingerprint, capacity, Clock.systemUTC());
	}

	ErrorRegistry(ErrorFingerprint fingerprint, int capacity, Clock clock) {
		Assert.isTrue(capacity > 0, "'capacity' must be greater than zero");
		this.fingerprint = fingerprint;
		this.capacity = capacity;
		this.clock = clock;
		this.groups = new ConcurrentHashMap<>(capacity * 4 / 3 + 2);
	}

	/**
	 * Records one occurrence of a failed request.
	 * @param exception the exception
	 * @param status the response status sent to the client
	 * @param errorId the error id sent to the client and logged
	 * @return the group of the failure, including this occurrence
	 */
	public ErrorGroup record(Throwable exception, int status, String errorId) {
		return record(new ErrorEvent(this.fingerprint.of(exception), this.fingerprint.label(exception), exception,
				ExceptionText.message(exception), "-", Thread.currentThread().getName(), this.clock.instant(),
				new ErrorEvent.Request(null, null, status, null, errorId)));
	}

	/**
	 * Records one ERROR event, grouped by its fingerprint.
	 * @param event the event
	 * @return the group of the event, including this occurrence
	 */
	public ErrorGroup record(ErrorEvent event) {
		String key = event.fingerprint();
		var now = this.clock.instant();
		// Build a new group outside the map's lock: formatting a stack trace is not cheap.
		ErrorGroup created = this.groups.containsKey(key) ? null : ErrorGroup.first(event, now);
		boolean[] added = new boolean[1];
		Entry entry = this.groups.compute(key, (k, existing) -> {
			long order = this.sequence.incrementAndGet();
			if (existing != null) {
				return new Entry(existing.group().occurredAgain(event, now), order);
			}
			added[0] = true;
			return new Entry((created != null) ? created : ErrorGroup.first(event, now), order);
		});
		if (added[0]) {
			evictBeyondCapacity();
		}
		return entry.group();
	}

	private void evictBeyondCapacity() {
		while (this.groups.size() > this.capacity) {
			Entry oldest = null;
			for (Entry candidate : this.groups.values()) {
				if (oldest == null || candidate.order() < oldest.order()) {
					oldest = candidate;
				}
			}
			if (oldest == null) {
				return;
			}
			// Removes nothing if the group occurred again meanwhile; the loop then looks again.
			this.groups.remove(oldest.group().fingerprint(), oldest);
		}
	}

	/**
	 * The groups, the most recently seen first.
	 * @return a snapshot of the groups
	 */
	public List<ErrorGroup> groups() {
		return this.groups.values()
			.stream()
			.sorted(Comparator.comparingLong(Entry::order).reversed())
			.map(Entry::group)
			.toList();
	}

	/**
	 * The group of a fingerprint.
	 * @param fingerprint the fingerprint
	 * @return the group, or empty when the registry does not hold it
	 */
	public Optional<ErrorGroup> group(String fingerprint) {
		Entry entry = this.groups.get(fingerprint);
		return Optional.ofNullable(entry).map(Entry::group);
	}

	/**
	 * The number of groups held.
	 * @return at most {@link #capacity()}
	 */
	public int size() {
		return this.groups.size();
	}

	/**
	 * The maximum number of groups held.
	 * @return the capacity
	 */
	public int capacity() {
		return this.capacity;
	}

	/**
	 * Forgets every group.
	 */
	public void clear() {
		this.groups.clear();
	}

	private record Entry(ErrorGroup group, long order) {

	}

}
