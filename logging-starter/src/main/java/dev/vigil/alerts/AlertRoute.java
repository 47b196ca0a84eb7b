package dev.vigil.alerts;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.jspecify.annotations.Nullable;

/**
 * Which events alert, and where they go: the default (every event at or above
 * {@code vigil.alerts.level} to every channel) or one of {@code vigil.alerts.rules}. Each route
 * has its own flood control, so a rule's alerts are deduplicated and capped apart from the
 * default's.
 */
final class AlertRoute {

	/**
	 * The name of the default route; a rule is named {@code rule <name or index>}.
	 */
	static final String DEFAULT = "default";

	private final String name;

	private final int level;

	private final String logger;

	private final @Nullable Pattern message;

	private final @Nullable EventCount count;

	private final FloodControl flood;

	private final List<ChannelWorker> workers;

	/**
	 * @param name {@link #DEFAULT}, or how alerts of a rule name it, such as {@code rule payments}
	 * @param level lowest Logback level taken
	 * @param logger logger name or prefix, empty for every logger
	 * @param message found in the formatted message, if set
	 * @param count the threshold within its window, if set
	 * @param flood this route's flood control
	 * @param workers the channels this route's alerts go to
	 */
	AlertRoute(String name, int level, String logger, @Nullable Pattern message,
			@Nullable EventCount count, FloodControl flood, List<ChannelWorker> workers) {
		this.name = name;
		this.level = level;
		this.logger = logger;
		this.message = message;
		this.count = count;
		this.flood = flood;
		this.workers = List.copyOf(workers);
	}

	/**
	 * Whether this route may take an event of this level and logger; cheap enough for the
	 * logging thread, which then queues the event for the dispatcher.
	 * @param eventLevel the Logback level of the event
	 * @param loggerName the name of its logger
	 * @return {@code true} when the event is to be queued for this route
	 */
	boolean takes(int eventLevel, String loggerName) {
		return eventLevel >= this.level && (this.logger.isEmpty() || loggerName.equals(this.logger)
				|| (loggerName.startsWith(this.logger) && loggerName.charAt(this.logger.length()) == '.'));
	}

	/**
	 * Whether the event matches this route, message pattern included; on the dispatcher thread.
	 * @param event the event
	 * @param now the time of the decision
	 * @return {@code true} when the event alerts through this route: it matches and, with a
	 * threshold, is the one that reaches it
	 */
	boolean alerts(ILoggingEvent event, Instant now) {
		if (!takes(event.getLevel().toInt(), event.getLoggerName())) {
			return false;
		}
		if (this.message != null) {
			String formatted = event.getFormattedMessage();
			if (formatted == null || !this.message.matcher(formatted).find()) {
				return false;
			}
		}
		return this.count == null || this.count.reached(now);
	}

	/**
	 * Whether flood control lets the alert through; if not, it is counted for this route's
	 * digest. A threshold rule's alerts are one kind, whatever their events.
	 * @param fingerprint the kind of the event
	 * @param label a human label of the kind
	 * @return {@code true} when the alert is to be sent
	 */
	boolean admit(String fingerprint, String label) {
		return (this.count != null) ? this.flood.admit(this.name, this.count.describe(this.name))
				: this.flood.admit(fingerprint, label);
	}

	/**
	 * How an alert of this route names it.
	 * @return {@code rule <name>}, {@code <n> events matching rule <name> in <window>} for a
	 * threshold, or {@code null} for the default
	 */
	@Nullable String rule() {
		if (this.count != null) {
			return this.count.describe(this.name);
		}
		return DEFAULT.equals(this.name) ? null : this.name;
	}

	FloodControl flood() {
		return this.flood;
	}

	List<ChannelWorker> workers() {
		return this.workers;
	}

}
