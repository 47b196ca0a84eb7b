package dev.vigil.alerts;

import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the {@link AlertStats} as the counter {@code vigil.alerts}, one series per
 * {@code channel} and {@code outcome}. Per channel (its {@link AlertChannel#name()}):
 * {@code sent} (alerts and digests the channel delivered), {@code failed} (deliveries that
 * failed, retries included) and {@code dropped} (lost to the channel's full queue). Outcomes
 * decided before any channel is chosen carry {@code channel=none}, as Spring Boot tags
 * {@code exception=none} on a request without one: {@code suppressed} (held back by flood
 * control and counted in a digest) and {@code dropped} (lost to the dispatcher's full queue, so
 * for every channel). The series read the same numbers as the {@code logging} health indicator,
 * and exist from startup at 0.
 */
public final class AlertMetrics implements MeterBinder {

	static final String METER_NAME = "vigil.alerts";

	/**
	 * The {@code channel} of the outcomes decided before any channel is chosen.
	 */
	static final String NO_CHANNEL = "none";

	private final AlertStats stats;

	public AlertMetrics(AlertStats stats) {
		this.stats = stats;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.stats.getChannels().forEach((name, channel) -> {
			register(registry, channel, name, "sent", ChannelStats::getSent);
			register(registry, channel, name, "failed", ChannelStats::getFailed);
			register(registry, channel, name, "dropped", ChannelStats::getDropped);
		});
		register(registry, this.stats, NO_CHANNEL, "suppressed", AlertStats::getSuppressed);
		register(registry, this.stats, NO_CHANNEL, "dropped", AlertStats::getDroppedByDispatcher);
	}

	private <T> void register(MeterRegistry registry, T stats, String channel, String outcome,
			ToLongFunction<T> count) {
		FunctionCounter.builder(METER_NAME, stats, count::applyAsLong)
			.description("Alerts of Vigil, by channel and outcome: sent, failed, dropped or suppressed")
			.tag("channel", channel)
			.tag("outcome", outcome)
			.register(registry);
	}

}
