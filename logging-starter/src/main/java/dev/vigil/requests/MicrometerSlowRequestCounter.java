package dev.vigil.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts slow requests as the counter {@code vigil.requests.slow}. The counter is registered
 * at startup, so that it is exported as 0 before the first slow request and a rate over it is
 * right from the first one.
 */
public final class MicrometerSlowRequestCounter implements SlowRequestCounter {

	static final String METER_NAME = "vigil.requests.slow";

	private final Counter counter;

	/**
	 * Creates the counter in the given registry, at 0.
	 * @param registry the application's meter registry
	 */
	public MicrometerSlowRequestCounter(MeterRegistry registry) {
		this.counter = Counter.builder(METER_NAME)
			.description("Requests slower than vigil.requests.slow-threshold, whose request line is marked slow=true")
			.register(registry);
	}

	@Override
	public void increment() {
		this.counter.increment();
	}

}
