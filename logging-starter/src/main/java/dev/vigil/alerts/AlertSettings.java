package dev.vigil.alerts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

import dev.vigil.LogLevels;

/**
 * The channel-neutral settings of the alerts: each from {@code vigil.alerts.*} when set, else
 * from its deprecated alias under {@code vigil.alerts.mail.*}. Validation names the property the
 * value came from.
 *
 * @param level lowest level that alerts
 * @param contextLines log lines before the event to include
 * @param dedupeWindow time during which alerts of one kind are counted, not sent
 * @param maxPerHour most alerts and digests in any hour
 * @param queueCapacity alerts waiting to be dispatched
 * @param shutdownTimeout longest wait for queued alerts at shutdown
 */
record AlertSettings(Setting<LogLevel> level, Setting<Integer> contextLines, Setting<Duration> dedupeWindow,
		Setting<Integer> maxPerHour, Setting<Integer> queueCapacity, Setting<Duration> shutdownTimeout) {

	@SuppressWarnings("deprecation")
	static AlertSettings of(AlertsProperties alerts, MailAlertsProperties mail) {
		return new AlertSettings(Setting.of("level", alerts.getLevel(), mail.getLevel()),
				Setting.of("context-lines", alerts.getContextLines(), mail.getContextLines()),
				Setting.of("dedupe-window", alerts.getDedupeWindow(), mail.getDedupeWindow()),
				Setting.of("max-per-hour", alerts.getMaxPerHour(), mail.getMaxPerHour()),
				Setting.of("queue-capacity", alerts.getQueueCapacity(), mail.getQueueCapacity()),
				Setting.of("shutdown-timeout", alerts.getShutdownTimeout(), mail.getShutdownTimeout()));
	}

	/**
	 * Rejects values that bind but cannot work, naming the property, the value and what is
	 * accepted.
	 * @return these settings
	 */
	AlertSettings validate() {
		LogLevels.requireOneOf(this.level.property(), this.level.value(), LogLevel.ERROR, LogLevel.WARN);
		requireAtLeast(this.contextLines, 0);
		requireAtLeast(this.maxPerHour, 1);
		requireAtLeast(this.queueCapacity, 1);
		requireNotNegative(this.dedupeWindow);
		requireNotNegative(this.shutdownTimeout);
		return this;
	}

	private static void requireAtLeast(Setting<Integer> setting, int min) {
		if (setting.value() < min) {
			throw new InvalidConfigurationPropertyValueException(setting.property(), setting.value(),
					"Accepted: a whole number, " + min + " or more.");
		}
	}

	private static void requireNotNegative(Setting<Duration> setting) {
		if (setting.value().isNegative()) {
			throw new InvalidConfigurationPropertyValueException(setting.property(), setting.value(),
					"Accepted: a duration of zero or more, such as 500ms, 10s or 5m.");
		}
	}

	/**
	 * A value with the name of the property it came from.
	 *
	 * @param <T> the type of the value
	 * @param property the full property name
	 * @param value the value
	 */
	record Setting<T>(String property, T value) {

		static <T> Setting<T> of(String name, @Nullable T value, T deprecated) {
			return (value != null) ? new Setting<>("vigil.alerts." + name, value)
					: new Setting<>("vigil.alerts.mail." + name, deprecated);
		}

	}

}
