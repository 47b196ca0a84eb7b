package dev.vigil.health;

import java.time.Duration;
import java.time.Instant;

import dev.vigil.TestClock;
import dev.vigil.errors.ErrorEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorRateCounter}, fed ERROR events as the fan-out of ERROR events feeds it
 * (which events those are is tested with {@code ErrorEventAppenderTests}).
 */
class ErrorRateCounterTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00.500Z"));

	private final ErrorRateCounter counter = new ErrorRateCounter(this.clock);

	@Test
	void errorsLeaveTheLastMinuteAfterSixtySecondsAndTheLastFifteenMinutesAfterNineHundred() {
		error();
		this.clock.advance(Duration.ofSeconds(30));
		error();
		error();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.counter.errorsInLast(60)).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.counter.errorsInLast(60)).isZero();
		assertThat(this.counter.errorsInLast(900)).isEqualTo(3);
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.counter.errorsInLast(900)).isZero();
	}

	@Test
	void aSlotReusedAfterFifteenMinutesStartsFromZero() {
		error();
		error();
		this.clock.advance(Duration.ofMinutes(15));
		error();
		assertThat(this.counter.errorsInLast(60)).isEqualTo(1);
		assertThat(this.counter.errorsInLast(900)).isEqualTo(1);
	}

	@Test
	void remembersWhenTheLastErrorWasLogged() {
		assertThat(this.counter.lastErrorAt()).isNull();
		Instant before = Instant.now();
		error();
		assertThat(this.counter.lastErrorAt()).isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
	}

	private void error() {
		this.counter.onError(new ErrorEvent("0123456789ab", "Orders: failed", null, "failed",
				"com.example.shop.Orders", "main", Instant.now(), null));
	}

}
