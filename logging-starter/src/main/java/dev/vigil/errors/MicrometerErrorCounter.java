package dev.vigil.errors;

import java.util.HashSet;
import java.util.Set;

import dev.vigil.ErrorFingerprint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts error responses and the ERROR events of any logger as the counter {@code vigil.errors},
 * tagged with the simple class name of the exception, its {@link ErrorFingerprint} and the
 * status ({@code none} outside of a request), so that alerts can be
 * grouped by failure across instances. Every tag has a bounded number of values: exception
 * classes are finite, statuses are three digits, and fingerprints are kept to a maximum, beyond
 * which they are counted as {@value #OTHER_FINGERPRINTS}. A fingerprint stands for one failure
 * site, but a long-running application can still meet more sites than a metrics backend wants
 * series.
 */
public final class MicrometerErrorCounter implements ErrorCounter {

	static final String METER_NAME = "vigil.errors";

	/**
	 * Value of the fingerprint tag of the errors whose fingerprints are beyond the maximum.
	 */
	static final String OTHER_FINGERPRINTS = "other";

	private final MeterRegistry registry;

	private final int maxFingerprints;

	private final Set<String> fingerprints = new HashSet<>();

	/**
	 * Creates the counter in the given registry.
	 * @param registry the application's meter registry
	 * @param maxFingerprints how many fingerprints get series of their own
	 * ({@code vigil.errors.metrics.max-fingerprints}); the others are counted as
	 * {@value #OTHER_FINGERPRINTS}
	 */
	public MicrometerErrorCounter(MeterRegistry registry, int maxFingerprints) {
		this.registry = registry;
		this.maxFingerprints = maxFingerprints;
	}

	@Override
	public void increment(String exception, String fingerprint, String status) {
		Counter.builder(METER_NAME)
			.description("Error responses and ERROR events, by exception, fingerprint and status")
			.tag("exception", exception)
			.tag("fingerprint", bounded(fingerprint))
			.tag("status", status)
			.register(this.registry)
			.increment();
	}

	private String bounded(String fingerprint) {
		if (NO_FINGERPRINT.equals(fingerprint)) {
			return fingerprint;
		}
		synchronized (this.fingerprints) {
			if (this.fingerprints.contains(fingerprint)
					|| (this.fingerprints.size() < this.maxFingerprints && this.fingerprints.add(fingerprint))) {
				return fingerprint;
			}
		}
		return OTHER_FINGERPRINTS;
	}

}
