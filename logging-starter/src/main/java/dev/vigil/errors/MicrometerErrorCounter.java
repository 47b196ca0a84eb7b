package dev.vigil.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts error responses as the counter {@code vigil.errors}, tagged with the simple class
 * name of the exception and the status. Both tags have few values: exception classes are
 * finite and statuses are three digits.
 */
final class MicrometerErrorCounter implements ErrorCounter {

	static final String METER_NAME = "vigil.errors";

	private final MeterRegistry registry;

	MicrometerErrorCounter(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void increment(String exception, int status) {
		Counter.builder(METER_NAME)
			.description("Error responses, by exception and status")
			.tag("exception", exception)
			.tag("status", Integer.toString(status))
			.register(this.registry)
			.increment();
	}

}
