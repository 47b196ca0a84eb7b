package dev.vigil.alerts;

import java.net.URI;
import java.time.Duration;

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
	 * Number of alerts waiting to be sent; when the queue is full, further alerts are dropped and
	 * counted instead of slowing the application down.
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

	public @Nullable Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(@Nullable Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

}
