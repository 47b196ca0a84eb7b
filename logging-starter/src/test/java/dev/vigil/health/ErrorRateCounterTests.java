package dev.vigil.health;

import java.time.Duration;
import java.time.Instant;

import dev.vigil.TestClock;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorRateCounter}, attached to the real Logback root logger.
 */
class ErrorRateCounterTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00.500Z"));

	private final Logger logger = (Logger) LoggerFactory.getLogger("com.example.shop.Orders");

	private ErrorRateCounter counter;

	@BeforeEach
	void attach() {
		this.counter = ErrorRateCounter.attach((LoggerContext) LoggerFactory.getILoggerFactory(), this.clock);
	}

	@AfterEach
	void detach() {
		this.counter.destroy();
	}

	@Test
	void countsErrorsOfAnyLoggerButNotWarnings() {
		this.logger.error("Order 1 failed");
		LoggerFactory.getLogger("org.example.library.Pool").error("Pool exhausted", new IllegalStateException());
		this.logger.warn("Order 2 is late");
		this.logger.info("Order 3 placed");
		assertThat(this.counter.errorsInLast(60)).isEqualTo(2);
		assertThat(this.counter.errorsInLast(900)).isEqualTo(2);
	}

	@Test
	void errorsLeaveTheLastMinuteAfterSixtySecondsAndTheLastFifteenMinutesAfterNineHundred() {
		this.logger.error("first");
		this.clock.advance(Duration.ofSeconds(30));
		this.logger.error("second");
		this.logger.error("third");
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
		this.logger.error("old");
		this.logger.error("old");
		this.clock.advance(Duration.ofMinutes(15));
		this.logger.error("new");
		assertThat(this.counter.errorsInLast(60)).isEqualTo(1);
		assertThat(this.counter.errorsInLast(900)).isEqualTo(1);
	}

	@Test
	void remembersWhenTheLastErrorWasLogged() {
		assertThat(this.counter.lastErrorAt()).isNull();
		Instant before = Instant.now();
		this.logger.error("boom");
		assertThat(this.counter.lastErrorAt()).isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
	}

	@Test
	void stopsCountingWhenDetached() {
		this.counter.destroy();
		this.logger.error("after close");
		assertThat(this.counter.errorsInLast(60)).isZero();
		// other test contexts of this JVM may have counters of their own attached
		assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME)
			.isAttached(this.counter)).isFalse();
	}

	@Test
	void aSecondCounterReplacesTheFirstOnTheRootLogger() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		ErrorRateCounter second = ErrorRateCounter.attach(context, this.clock);
		try {
			Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			assertThat(root.getAppender(ErrorRateCounter.NAME)).isSameAs(second);
			assertThat(root.isAttached(this.counter)).isFalse();
			assertThat(this.counter.isStarted()).isFalse();
			this.logger.error("counted once");
			assertThat(second.errorsInLast(60)).isEqualTo(1);
		}
		finally {
			second.destroy();
		}
	}

}
