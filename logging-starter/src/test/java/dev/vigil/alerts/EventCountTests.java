package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The threshold of a rule: the Nth matching event within a sliding window of the events before
 * it, counted again from zero once reached.
 */
class EventCountTests {

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private final EventCount fiveInAMinute = new EventCount(5, Duration.ofMinutes(1));

	@Test
	void isReachedByTheFifthEventWithinTheWindowAndCountsAgainAfterwards() {
		for (int second = 0; second < 4; second++) {
			assertThat(this.fiveInAMinute.reached(at(second))).isFalse();
		}
		assertThat(this.fiveInAMinute.reached(at(4))).isTrue();
		for (int second = 5; second < 9; second++) {
			assertThat(this.fiveInAMinute.reached(at(second))).isFalse();
		}
		assertThat(this.fiveInAMinute.reached(at(9))).isTrue();
	}

	@Test
	void slidesOverTheLastEventsWhenTheyAreSpreadBeyondTheWindow() {
		for (int second : new int[] { 0, 10, 20, 30 }) {
			assertThat(this.fiveInAMinute.reached(at(second))).isFalse();
		}
		// 0 to 70, then 10 to 71: more than a minute
		assertThat(this.fiveInAMinute.reached(at(70))).isFalse();
		assertThat(this.fiveInAMinute.reached(at(71))).isFalse();
		// 20 to 80: exactly a minute
		assertThat(this.fiveInAMinute.reached(at(80))).isTrue();
	}

	@Test
	void aThresholdOfOneIsReachedByEveryEvent() {
		EventCount everyEvent = new EventCount(1, Duration.ofSeconds(1));
		assertThat(everyEvent.reached(at(0))).isTrue();
		assertThat(everyEvent.reached(at(100))).isTrue();
	}

	@Test
	void describesItselfWithTheWindowInItsLargestWholeUnit() {
		assertThat(this.fiveInAMinute.describe("rule payments")).isEqualTo("5 events matching rule payments in 1m");
		assertThat(new EventCount(50, Duration.ofHours(2)).describe("rule 0")).isEqualTo("50 events matching rule 0 in 2h");
		assertThat(new EventCount(3, Duration.ofSeconds(90)).describe("rule 0")).isEqualTo("3 events matching rule 0 in 90s");
		assertThat(new EventCount(3, Duration.ofMillis(1500)).describe("rule 0"))
			.isEqualTo("3 events matching rule 0 in 1500ms");
	}

	private static Instant at(int second) {
		return START.plusSeconds(second);
	}

}
