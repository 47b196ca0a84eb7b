package dev.vigil.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;

/**
 * Alerts sent when an ERROR is logged, whatever the channel: which events alert, and how many.
 * Each property replaces one of the same name under {@code vigil.alerts.mail}, which still
 * works when this one is not set; unset here means the old name's value or default, so the
 * defaults are given in {@code additional-spring-configuration-metadata.json}.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.alerts")
public class AlertsProperties {

	/**
	 * Lowest level of an event that triggers an alert: ERROR or WARN.
	 */
	private @Nullable LogLevel level;

	/**
	 * Number of log lines that preceded the error to include in an alert.
	 */
	private @Nullable Integer contextLines;

	/**
	 * Time during which further errors of the same kind (same fingerprint) are not alerted but
	 * counted, and reported together in a digest once the time has passed.
	 */
	private @Nullable Duration dedupeWindow;

	/**
	 * Most alerts and digests together sent in any hour; what exceeds it is counted for the next
	 * digest.
	 */
	private @Nullable Integer maxPerHour;

	/**
	 * Number of alerts waiting to be dispatched, and waiting for each channel; when a queue is
	 * full, further alerts are dropped (for that channel only) and counted instead of slowing the
	 * application down.
	 */
	private @Nullable Integer queueCapacity;

	/**
	 * Longest time the application's shutdown waits for queued alerts to be sent.
	 */
	private @Nullable Duration shutdownTimeout;

	/**
	 * Public URL of Vigil's errors page (the "vigil" actuator endpoint as people reach it, such as
	 * https://app.example.com/actuator/vigil). When set, every alert links to its event on the
	 * page and every digest to the page.
	 */
	private @Nullable URI pageUrl;

	/**
	 * Alert rules on log content, in addition to every event at or above the level going to
	 * every channel: each chooses events by logger, level and message, optionally alerts only
	 * when a number of them is reached within a time, and goes to the channels it names.
	 */
	private List<Rule> rules = new ArrayList<>();

	public @Nullable LogLevel getLevel() {
		return this.level;
	}

	public void setLevel(@Nullable LogLevel level) {
		this.level = level;
	}

	public @Nullable Integer getContextLines() {
		return this.contextLines;
	}

	public void setContextLines(@Nullable Integer contextLines) {
		this.contextLines = contextLines;
	}

	public @Nullable Duration getDedupeWindow() {
		return this.dedupeWindow;
	}

	public void setDedupeWindow(@Nullable Duration dedupeWindow) {
		this.dedupeWindow = dedupeWindow;
	}

	public @Nullable Integer getMaxPerHour() {
		return this.maxPerHour;
	}

	public void setMaxPerHour(@Nullable Integer maxPerHour) {
		this.maxPerHour = maxPerHour;
	}

	public @Nullable Integer getQueueCapacity() {
		return this.queueCapacity;
	}

	public void setQueueCapacity(@Nullable Integer queueCapacity) {
		this.queueCapacity = queueCapacity;
	}

	public @Nullable URI getPageUrl() {
		return this.pageUrl;
	}

	public void setPageUrl(@Nullable URI pageUrl) {
		this.pageUrl = pageUrl;
	}

	public List<Rule> getRules() {
		return this.rules;
	}

	public void setRules(List<Rule> rules) {
		this.rules = rules;
	}

	public @Nullable Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(@Nullable Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * One alert rule on log content.
	 */
	public static class Rule {

		/**
		 * Name of the rule, shown in its alerts ("rule payments"). Default: its index.
		 */
		private @Nullable String name;

		/**
		 * Logger name, or prefix of logger names, whose events the rule takes, such as
		 * com.example.payment (that logger and those below it). Default: every logger.
		 */
		private @Nullable String logger;

		/**
		 * Lowest level of an event the rule takes: ERROR, WARN, INFO, DEBUG or TRACE (an event
		 * reaches Vigil only when its logger's level lets it through). Default: vigil.alerts.level.
		 */
		private @Nullable LogLevel level;

		/**
		 * Regular expression found in the formatted message of the events the rule takes, such
		 * as "declined|refused". Default: any message.
		 */
		private @Nullable String message;

		/**
		 * Number of matching events within the window that raises one alert, such as 50. Default:
		 * every matching event alerts.
		 */
		private @Nullable Integer threshold;

		/**
		 * Time within which the threshold must be reached, such as 5m; required with a threshold.
		 */
		private @Nullable Duration window;

		/**
		 * Names of the channels the rule's alerts go to, such as mail. Default: every channel.
		 */
		private List<String> channels = new ArrayList<>();

		/**
		 * Time during which further alerts of the same kind of this rule are counted for a digest
		 * rather than sent. Default: vigil.alerts.dedupe-window.
		 */
		private @Nullable Duration dedupeWindow;

		/**
		 * Most alerts and digests of this rule in any hour. Default: vigil.alerts.max-per-hour.
		 */
		private @Nullable Integer maxPerHour;

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getLogger() {
			return this.logger;
		}

		public void setLogger(@Nullable String logger) {
			this.logger = logger;
		}

		public @Nullable LogLevel getLevel() {
			return this.level;
		}

		public void setLevel(@Nullable LogLevel level) {
			this.level = level;
		}

		public @Nullable String getMessage() {
			return this.message;
		}

		public void setMessage(@Nullable String message) {
			this.message = message;
		}

		public @Nullable Integer getThreshold() {
			return this.threshold;
		}

		public void setThreshold(@Nullable Integer threshold) {
			this.threshold = threshold;
		}

		public @Nullable Duration getWindow() {
			return this.window;
		}

		public void setWindow(@Nullable Duration window) {
			this.window = window;
		}

		public List<String> getChannels() {
			return this.channels;
		}

		public void setChannels(List<String> channels) {
			this.channels = channels;
		}

		public @Nullable Duration getDedupeWindow() {
			return this.dedupeWindow;
		}

		public void setDedupeWindow(@Nullable Duration dedupeWindow) {
			this.dedupeWindow = dedupeWindow;
		}

		public @Nullable Integer getMaxPerHour() {
			return this.maxPerHour;
		}

		public void setMaxPerHour(@Nullable Integer maxPerHour) {
			this.maxPerHour = maxPerHour;
		}

	}

}
