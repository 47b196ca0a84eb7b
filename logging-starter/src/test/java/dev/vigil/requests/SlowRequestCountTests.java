package dev.vigil.requests;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests count as slow: the ones whose line is marked {@code slow=true}, whatever the
 * log level lets through. The start time is set in the past instead of waiting.
 */
class SlowRequestCountTests {

	private final AtomicInteger counted = new AtomicInteger();

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void countsARequestSlowerThanTheThreshold() {
		lines(Duration.ofSeconds(1)).log(this.request, this.response, startedAgo(Duration.ofSeconds(2)), "slow-1");
		assertThat(this.counted).hasValue(1);
	}

	@Test
	void doesNotCountARequestFasterThanTheThreshold() {
		lines(Duration.ofHours(1)).log(this.request, this.response, startedAgo(Duration.ZERO), "fast-1");
		assertThat(this.counted).hasValue(0);
	}

	@Test
	void countsASlowRequestWhoseLineTheLogLevelLeavesOut() {
		Logger logger = (Logger) RequestLineLogger.logger;
		Level previous = logger.getLevel();
		logger.setLevel(Level.ERROR);
		try {
			lines(Duration.ofSeconds(1)).log(this.request, this.response, startedAgo(Duration.ofSeconds(2)), "slow-2");
		}
		finally {
			logger.setLevel(previous);
		}
		assertThat(this.counted).hasValue(1);
	}

	private RequestLineLogger lines(Duration slowThreshold) {
		RequestLogProperties properties = new RequestLogProperties();
		properties.setSlowThreshold(slowThreshold);
		return new RequestLineLogger(properties, RequestMasker.secretNames(properties.getMask()), null,
				this.counted::incrementAndGet);
	}

	private static long startedAgo(Duration duration) {
		return System.nanoTime() - duration.toNanos();
	}

}
