package dev.vigil.errors;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.vigil.ErrorFingerprint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry groups occurrences by fingerprint and stays bounded.
 */
class ErrorRegistryTests {

	private final ErrorFingerprint fingerprint = new ErrorFingerprint(List.of("com.example"));

	@Test
	void groupsOccurrencesOfTheSameFailure() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);
		registry.record(failure("place", "first"), 500, "id1");
		registry.record(failure("place", "second"), 503, "id2");
		ErrorGroup group = registry.record(failure("place", "third"), 500, "id3");
		assertThat(registry.size()).isEqualTo(1);
		assertThat(group.count()).isEqualTo(3);
		assertThat(group.lastErrorId()).isEqualTo("id3");
		assertThat(group.lastMessage()).isEqualTo("third");
		assertThat(group.exception()).isEqualTo("java.lang.IllegalStateException");
		assertThat(group.label()).isEqualTo("IllegalStateException at OrderService.place");
		assertThat(group.fingerprint()).isEqualTo(this.fingerprint.of(failure("place", "other")));
		assertThat(group.sampleStackTrace()).startsWith("java.lang.IllegalStateException: first\n")
			.contains("\tat com.example.OrderService.place(OrderService.java:1)");
		assertThat(registry.group(group.fingerprint())).hasValue(group);
	}

	@Test
	void separatesDifferentFailures() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);
		registry.record(failure("place", "a"), 500, "id1");
		registry.record(failure("cancel", "b"), 500, "id2");
		registry.record(new IllegalArgumentException("c"), 500, "id3");
		assertThat(registry.groups()).extracting(ErrorGroup::lastErrorId).containsExactly("id3", "id2", "id1");
	}

	@Test
	void tracksFirstAndLastSeen() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10, clock);
		registry.record(failure("place", "a"), 500, "id1");
		clock.now = Instant.parse("2026-01-01T10:05:00Z");
		ErrorGroup group = registry.record(failure("place", "a"), 500, "id2");
		assertThat(group.firstSeen()).isEqualTo("2026-01-01T10:00:00Z");
		assertThat(group.lastSeen()).isEqualTo("2026-01-01T10:05:00Z");
	}

	@Test
	void keepsTheLastOccurrencesOfAGroupTheMostRecentFirst() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);
		ErrorGroup group = null;
		for (int i = 1; i <= ErrorGroup.RECENT_OCCURRENCES + 5; i++) {
			group = registry.record(failure("place", "message " + i), 500, "id" + i);
		}
		assertThat(group.recentOccurrences()).hasSize(ErrorGroup.RECENT_OCCURRENCES);
		assertThat(group.recentOccurrences()).extracting((occurrence) -> occurrence.request().errorId())
			.containsExactly("id15", "id14", "id13", "id12", "id11", "id10", "id9", "id8", "id7", "id6");
		assertThat(group.recentOccurrences().get(0).message()).isEqualTo("message 15");
		assertThat(group.recentOccurrences().get(0).request().status()).isEqualTo(500);
	}

	@Test
	void countsOccurrencesPerMinuteOverTheLastHour() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:10Z"));
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10, clock);
		registry.record(failure("place", "a"), 500, "id1");
		registry.record(failure("place", "a"), 500, "id2");
		clock.now = Instant.parse("2026-01-01T10:02:59Z");
		ErrorGroup group = registry.record(failure("place", "a"), 500, "id3");
		List<Integer> counts = group.perMinute().countsAt(Instant.parse("2026-01-01T10:03:30Z"));
		assertThat(counts).hasSize(MinuteCounts.MINUTES);
		assertThat(counts.subList(56, 60)).containsExactly(2, 0, 1, 0);
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
		assertThat(group.perMinute().countsAt(Instant.parse("2026-01-01T11:00:00Z"))).containsOnly(0, 1)
			.startsWith(0, 1, 0);
		assertThat(group.perMinute().countsAt(Instant.parse("2026-01-01T11:02:00Z"))).containsOnly(0);
	}

	@Test
	void evictsTheLeastRecentlySeenGroupBeyondCapacity() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 2);
		ErrorGroup place = registry.record(failure("place", "a"), 500, "id1");
		ErrorGroup cancel = registry.record(failure("cancel", "b"), 500, "id2");
		registry.record(failure("place", "a"), 500, "id3");
		ErrorGroup ship = registry.record(failure("ship", "c"), 500, "id4");
		assertThat(registry.groups()).extracting(ErrorGroup::fingerprint)
			.containsExactly(ship.fingerprint(), place.fingerprint());
		assertThat(registry.group(cancel.fingerprint())).isEmpty();
	}

	@Test
	void escapesAndBoundsTheMessage() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);
		String forged = "bad\n2026-01-01 ERROR forged entry\u001b[31m" + "x".repeat(10_000);
		ErrorGroup group = registry.record(new IllegalStateException(forged), 500, "id1");
		assertThat(group.lastMessage()).startsWith("bad\\n2026-01-01 ERROR forged entry\\u001b[31mxxx")
			.hasSize(ExceptionText.MAX_MESSAGE_LENGTH)
			.endsWith("...")
			.doesNotContain("\n");
	}

	@Test
	void boundsTheFramesOfTheSampleStackTraceAndShowsTheCause() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);
		ErrorGroup group = registry.record(deepFailure(5_000, "Recursive"), 500, "id1");
		assertThat(group.sampleStackTrace().lines().filter((line) -> line.startsWith("\tat ")))
			.hasSizeLessThanOrEqualTo(ExceptionText.MAX_FRAMES);
		assertThat(group.sampleStackTrace()).contains("\t... 4975 more\n")
			.contains("Caused by: java.lang.IllegalArgumentException: cause");
	}

	@Test
	void boundsTheLengthOfTheSampleStackTrace() {
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);
		ErrorGroup group = registry.record(deepFailure(100, "L" + "o".repeat(500) + "ng"), 500, "id1");
		assertThat(group.sampleStackTrace()).hasSize(ExceptionText.MAX_TRACE_LENGTH)
			.endsWith("\t... (truncated)\n");
	}

	@Test
	void staysBoundedWithOneHundredThousandDistinctFailuresFromManyThreads() throws Exception {
		int capacity = 100;
		int threads = 4;
		int perThread = 25_000;
		ErrorRegistry registry = new ErrorRegistry(this.fingerprint, capacity);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		List<Future<?>> done = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(executor.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						registry.record(failure("m" + thread + "_" + i, "failure " + i), 500, "id");
						assertThat(registry.size()).isLessThanOrEqualTo(2 * capacity);
					}
				}));
			}
			for (Future<?> thread : done) {
				thread.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		// Only the last records of each thread can have survived
		assertThat(registry.groups()).allSatisfy((group) -> assertThat(indexOf(group))
			.isGreaterThanOrEqualTo(perThread - 2 * (capacity + threads)));
		assertThat(registry.size()).isLessThanOrEqualTo(capacity);
		List<String> latest = new ArrayList<>();
		for (int i = 0; i < capacity; i++) {
			latest.add(registry.record(failure("latest" + i, "x"), 500, "id").fingerprint());
		}
		assertThat(registry.groups()).extracting(ErrorGroup::fingerprint)
			.containsExactlyInAnyOrderElementsOf(latest);
	}

	private static int indexOf(ErrorGroup group) {
		return Integer.parseInt(group.label().substring(group.label().lastIndexOf('_') + 1));
	}

	private static IllegalStateException failure(String method, String message) {
		IllegalStateException exception = new IllegalStateException(message);
		exception.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("com.example.OrderService", method, "OrderService.java", 1),
				new StackTraceElement("com.example.OrderController", "handle", "OrderController.java", 2),
				new StackTraceElement("org.springframework.web.servlet.DispatcherServlet", "doDispatch",
						"DispatcherServlet.java", 3) });
		return exception;
	}

	private static IllegalStateException deepFailure(int frames, String className) {
		StackTraceElement[] stack = new StackTraceElement[frames];
		for (int i = 0; i < frames; i++) {
			stack[i] = new StackTraceElement("com.example." + className, "call" + i, "Recursive.java", i);
		}
		IllegalStateException exception = new IllegalStateException("deep", new IllegalArgumentException("cause"));
		exception.setStackTrace(stack);
		return exception;
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
