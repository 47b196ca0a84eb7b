package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;

import dev.vigil.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the decisions of {@link FloodControl}.
 */
class FloodControlTests {

	private static final Instant START = Instant.parse("2026-03-01T10:42:00Z");

	private final TestClock clock = new TestClock(START);

	private final FloodControl flood = new FloodControl(Duration.ofMinutes(10), 20, this.clock);

	@Test
	void mailsAKindOncePerDedupeWindow() {
		assertThat(this.flood.admit("aaa", "A")).isTrue();
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(this.flood.admit("aaa", "A")).isFalse();
		assertThat(this.flood.admit("bbb", "B")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.flood.admit("aaa", "A")).isTrue();
	}

	@Test
	void digestIsDueOnceTheDedupeWindowHasPassedSinceTheFirstSuppressedAlert() {
		this.flood.admit("aaa", "A");
		assertThat(this.flood.digestIfDue()).isNull();
		this.clock.advance(Duration.ofMinutes(1));
		this.flood.admit("aaa", "A");
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(this.flood.digestIfDue()).isNull();
		this.clock.advance(Duration.ofMinutes(1));
		FloodControl.Digest digest = this.flood.digestIfDue();
		assertThat(digest).isNotNull();
		assertThat(digest.since()).isEqualTo(START.plus(Duration.ofMinutes(1)));
		assertThat(digest.total()).isEqualTo(1);
		assertThat(this.flood.digestIfDue()).as("the digest resets the counts").isNull();
	}

	@Test
	void digestCountsPerKindMostFrequentFirst() {
		this.flood.admit("aaa", "A");
		this.flood.admit("bbb", "B");
		this.flood.admit("aaa", "A");
		for (int i = 0; i < 3; i++) {
			this.flood.admit("bbb", "B");
		}
		FloodControl.Digest digest = this.flood.digestNow();
		assertThat(digest.total()).isEqualTo(4);
		assertThat(digest.kinds()).containsExactly(new FloodControl.Kind("bbb", "B", 3),
				new FloodControl.Kind("aaa", "A", 1));
		assertThat(digest.other()).isZero();
	}

	@Test
	void hourlyMaximumCountsAlertsAndDigestsOverASlidingHour() {
		FloodControl flood = new FloodControl(Duration.ofMinutes(10), 3, this.clock);
		assertThat(flood.admit("a", "A")).isTrue();
		assertThat(flood.admit("a", "A")).isFalse();
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(flood.digestIfDue()).isNotNull();
		assertThat(flood.admit("b", "B")).isTrue();
		assertThat(flood.admit("c", "C")).as("3 mails in the hour").isFalse();
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(flood.digestIfDue()).as("a digest waits for the hourly maximum too").isNull();
		this.clock.advance(Duration.ofMinutes(40));
		assertThat(flood.digestIfDue()).as("the first mail left the hour").isNotNull();
	}

	@Test
	void kindsBeyondTheListedOnesAreCountedTogether() {
		FloodControl flood = new FloodControl(Duration.ofMinutes(10), 1, this.clock);
		flood.admit("first", "first");
		for (int i = 0; i < FloodControl.MAX_KINDS + 5; i++) {
			flood.admit("kind" + i, "kind " + i);
		}
		this.clock.advance(Duration.ofHours(1));
		FloodControl.Digest digest = flood.digestIfDue();
		assertThat(digest.kinds()).hasSize(FloodControl.MAX_KINDS);
		assertThat(digest.other()).isEqualTo(5);
		assertThat(digest.total()).isEqualTo(FloodControl.MAX_KINDS + 5);
	}

}
