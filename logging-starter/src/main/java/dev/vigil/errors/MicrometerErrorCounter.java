package dev.vigil.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts error responses as the counter {@code vigil.errors}, tagged with the simple class
 * name of the exception, its {@link ErrorFingerprint} and the status, so that alerts can be
 * grouped by failure across instances. Every tag has a bounded number of values: exception
 * classes are finite, a fingerprint stands for one failure site (the root cause's class and
 * the top application frames, without line numbers) and statuses are three digits.
 */
final class MicrometerErrorCounter implements ErrorCounter {

	static final String METER_NAME = "vigil.errors";

	private final MeterRegistry registry;

	MicrometerErrorCounter(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void increment(String exception, String fingerprint, int status) {
		Counter.builder(METER_NAME)
			.description("Error responses, by exception, fingerprint and status")
			.tag("exception", exception)
			.tag("fingerprint", fingerprint)
			.tag("status", Integer.toString(status))
			.register(this.registry)
			.increment();
	}

}
