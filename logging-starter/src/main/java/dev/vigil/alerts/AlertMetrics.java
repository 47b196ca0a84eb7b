package dev.vigil.alerts;

import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the {@link AlertStats} as the counter {@code vigil.alerts}, one series per
 * {@code outcome}: {@code sent} (mails the server accepted, digests included),
 * {@code suppressed} (alerts held back by flood control and counted in a digest),
 * {@code dropped} (alerts lost to a full queue) and {@code failed} (mails the server refused
 * or never answered, retries included). The series read the same numbers as the
 * {@code logging} health indicator, and exist from startup at 0.
 */
public final class AlertMetrics implements MeterBinder {

	static final String METER_NAME = "vigil.alerts";

	private final AlertStats stats;

	public AlertMetrics(AlertStats stats) {
		this.stats = stats;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		register(registry, "sent", AlertStats::getSent);
		register(registry, "suppressed", AlertStats::getSuppressed);
		register(registry, "dropped", AlertStats::getDropped);
		register(registry, "failed", AlertStats::getFailed);
	}

	private void register(MeterRegistry registry, String outcome, ToLongFunction<AlertStats> count) {
		FunctionCounter.builder(METER_NAME, this.stats, count::applyAsLong)
			.description("E-mail alerts of Vigil, by outcome: sent, suppressed, dropped or failed")
			.tag("outcome", outcome)
			.register(registry);
	}

}
