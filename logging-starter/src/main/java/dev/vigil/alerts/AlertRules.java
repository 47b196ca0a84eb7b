package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

import dev.vigil.LogLevels;

/**
 * Builds the {@link AlertRoute routes} of the dispatcher at startup: the default, then each of
 * {@code vigil.alerts.rules} in order, with its pattern compiled and its channels found by name.
 * A value that cannot work fails the startup, naming the property, the value and what is
 * accepted.
 */
final class AlertRules {

	/**
	 * The largest threshold: a rule keeps the time of its last {@code threshold} events.
	 */
	static final int MAX_THRESHOLD = 10_000;

	private static final String PREFIX = "vigil.alerts.rules";

	private AlertRules() {
	}

	static List<AlertRoute> routes(AlertSettings settings, List<AlertsProperties.Rule> rules,
			List<ChannelWorker> workers, Clock clock) {
		List<AlertRoute> routes = new ArrayList<>();
		routes.add(new AlertRoute(AlertRoute.DEFAULT, LogLevels.logback(settings.level().value()).toInt(), "", null,
				null, new FloodControl(settings.dedupeWindow().value(), settings.maxPerHour().value(), clock),
				workers));
		for (int i = 0; i < rules.size(); i++) {
			routes.add(route(PREFIX + "[" + i + "].", i, rules.get(i), settings, workers, clock));
		}
		return routes;
	}

	private static AlertRoute route(String property, int index, AlertsProperties.Rule rule, AlertSettings settings,
			List<ChannelWorker> workers, Clock clock) {
		String name = "rule " + ((rule.getName() != null && !rule.getName().isBlank()) ? rule.getName().strip()
				: Integer.toString(index));
		LogLevel level = (rule.getLevel() != null) ? rule.getLevel() : settings.level().value();
		LogLevels.requireOneOf(property + "level", level, LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO,
				LogLevel.DEBUG, LogLevel.TRACE);
		Duration dedupeWindow = (rule.getDedupeWindow() != null) ? rule.getDedupeWindow()
				: settings.dedupeWindow().value();
		if (dedupeWindow.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(property + "dedupe-window", dedupeWindow,
					"Accepted: a duration of zero or more, such as 500ms, 10s or 5m.");
		}
		int maxPerHour = (rule.getMaxPerHour() != null) ? rule.getMaxPerHour() : settings.maxPerHour().value();
		if (maxPerHour < 1) {
			throw new InvalidConfigurationPropertyValueException(property + "max-per-hour", maxPerHour,
					"Accepted: a whole number, 1 or more.");
		}
		return new AlertRoute(name, LogLevels.logback(level).toInt(), logger(rule.getLogger()),
				pattern(property + "message", rule.getMessage()), count(property, rule),
				new FloodControl(dedupeWindow, maxPerHour, clock), channels(property + "channels", rule, workers));
	}

	private static String logger(@Nullable String logger) {
		if (logger == null) {
			return "";
		}
		String prefix = logger.strip();
		return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
	}

	private static @Nullable Pattern pattern(String property, @Nullable String message) {
		if (message == null || message.isEmpty()) {
			return null;
		}
		try {
			return Pattern.compile(message);
		}
		catch (PatternSyntaxException ex) {
			throw new InvalidConfigurationPropertyValueException(property, message,
					"Accepted: a Java regular expression, found anywhere in the formatted message, such as "
							+ "'declined|refused'; this one is not valid: "
							+ ex.getDescription() + " near index " + ex.getIndex() + ".");
		}
	}

	private static @Nullable EventCount count(String property, AlertsProperties.Rule rule) {
		Integer threshold = rule.getThreshold();
		Duration window = rule.getWindow();
		if (threshold != null && (threshold < 1 || threshold > MAX_THRESHOLD)) {
			throw new InvalidConfigurationPropertyValueException(property + "threshold", threshold,
					"Accepted: a whole number from 1 to " + MAX_THRESHOLD + ", the number of matching events "
							+ "within the window that raises one alert.");
		}
		if (window != null && (window.isZero() || window.isNegative())) {
			throw new InvalidConfigurationPropertyValueException(property + "window", window,
					"Accepted: a duration longer than zero, such as 30s or 5m.");
		}
		if (threshold == null) {
			if (window != null) {
				throw new InvalidConfigurationPropertyValueException(property + "threshold", null,
						"Accepted: a whole number from 1 to " + MAX_THRESHOLD + "; it is required with "
								+ property + "window.");
			}
			return null;
		}
		if (window == null) {
			throw new InvalidConfigurationPropertyValueException(property + "window", null,
					"Accepted: a duration longer than zero, such as 30s or 5m; it is required with " + property
							+ "threshold.");
		}
		return new EventCount(threshold, window);
	}

	private static List<ChannelWorker> channels(String property, AlertsProperties.Rule rule,
			List<ChannelWorker> workers) {
		if (rule.getChannels().isEmpty()) {
			return workers;
		}
		Map<String, ChannelWorker> byName = new LinkedHashMap<>();
		workers.forEach((worker) -> byName.put(worker.name(), worker));
		List<ChannelWorker> chosen = new ArrayList<>();
		for (String name : rule.getChannels()) {
			ChannelWorker worker = byName.get(name.strip());
			if (worker == null) {
				throw new InvalidConfigurationPropertyValueException(property, name,
						"Accepted: the names of the alert channels, comma separated: "
								+ String.join(", ", byName.keySet()) + ".");
			}
			if (!chosen.contains(worker)) {
				chosen.add(worker);
			}
		}
		return chosen;
	}

}
