package dev.vigil.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;
import org.springframework.boot.logging.LogLevel;

/**
 * E-mail alerts sent when an ERROR is logged: the mail channel. What is not about mail is set
 * under {@code vigil.alerts} ({@link AlertsProperties}); its old names here still work.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.alerts.mail")
public class MailAlertsProperties {

	/**
	 * Whether to e-mail an alert when an error is logged. Requires spring-boot-starter-mail,
	 * spring.mail.host (or a JavaMailSender bean) and at least one recipient in 'to'.
	 */
	private boolean enabled = false;

	/**
	 * Recipients of the alerts: one or more e-mail addresses, such as 'ops@example.com' or
	 * 'Ops <ops@example.com>'.
	 */
	private List<String> to = new ArrayList<>();

	/**
	 * Sender address of the alerts; its domain must be qualified (have a dot), as many mail
	 * servers reject other senders. Defaults to spring.mail.username when it is such an address,
	 * otherwise to 'vigil@' followed by the host name, and the application fails to start when
	 * that host name is not qualified either.
	 */
	private @Nullable String from;

	/**
	 * Text in front of every subject. Defaults to '[' + spring.application.name + '] ' ('[application] '
	 * when the name is not set); set it to an empty value for none.
	 */
	private @Nullable String subjectPrefix;

	/**
	 * Lowest level of an event that triggers an alert: ERROR or WARN.
	 */
	private LogLevel level = LogLevel.ERROR;

	/**
	 * Number of log lines that preceded the error to include in the mail.
	 */
	private int contextLines = 20;

	/**
	 * Time during which further errors of the same kind (same fingerprint) are not mailed but
	 * counted, and reported together in a digest mail once the time has passed.
	 */
	private Duration dedupeWindow = Duration.ofMinutes(10);

	/**
	 * Most mails, alerts and digests together, sent in any hour; what exceeds it is counted for
	 * the next digest.
	 */
	private int maxPerHour = 20;

	/**
	 * Number of alerts waiting to be mailed; when the queue is full, further alerts are dropped
	 * and counted instead of slowing the application down.
	 */
	private int queueCapacity = 100;

	/**
	 * Number of further attempts after a mail could not be sent.
	 */
	private int retries = 3;

	/**
	 * Wait before the first retry, doubled before each further one.
	 */
	private Duration retryBackoff = Duration.ofSeconds(1);

	/**
	 * Longest time the delivery of one mail may take, its retries and the waits between them
	 * included. At this deadline Vigil closes the connection to the mail server, even one that
	 * keeps sending a byte now and then, and goes on with the next alert.
	 */
	private Duration deliveryTimeout = Duration.ofSeconds(30);

	/**
	 * Longest time the application's shutdown waits for queued alerts to be sent.
	 */
	private Duration shutdownTimeout = Duration.ofSeconds(10);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getTo() {
		return this.to;
	}

	public void setTo(List<String> to) {
		this.to = to;
	}

	public @Nullable String getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable String from) {
		this.from = from;
	}

	public @Nullable String getSubjectPrefix() {
		return this.subjectPrefix;
	}

	public void setSubjectPrefix(@Nullable String subjectPrefix) {
		this.subjectPrefix = subjectPrefix;
	}

	@Deprecated(since = "0.2.0")
	@DeprecatedConfigurationProperty(replacement = "vigil.alerts.level", since = "0.2.0")
	public LogLevel getLevel() {
		return this.level;
	}

	public void setLevel(LogLevel level) {
		this.level = level;
	}

	@Deprecated(since = "0.2.0")
	@DeprecatedConfigurationProperty(replacement = "vigil.alerts.context-lines", since = "0.2.0")
	public int getContextLines() {
		return this.contextLines;
	}

	public void setContextLines(int contextLines) {
		this.contextLines = contextLines;
	}

	@Deprecated(since = "0.2.0")
	@DeprecatedConfigurationProperty(replacement = "vigil.alerts.dedupe-window", since = "0.2.0")
	public Duration getDedupeWindow() {
		return this.dedupeWindow;
	}

	public void setDedupeWindow(Duration dedupeWindow) {
		this.dedupeWindow = dedupeWindow;
	}

	@Deprecated(since = "0.2.0")
	@DeprecatedConfigurationProperty(replacement = "vigil.alerts.max-per-hour", since = "0.2.0")
	public int getMaxPerHour() {
		return this.maxPerHour;
	}

	public void setMaxPerHour(int maxPerHour) {
		this.maxPerHour = maxPerHour;
	}

	@Deprecated(since = "0.2.0")
	@DeprecatedConfigurationProperty(replacement = "vigil.alerts.queue-capacity", since = "0.2.0")
	public int getQueueCapacity() {
		return this.queueCapacity;
	}

	public void setQueueCapacity(int queueCapacity) {
		this.queueCapacity = queueCapacity;
	}

	public int getRetries() {
		return this.retries;
	}

	public void setRetries(int retries) {
		this.retries = retries;
	}

	public Duration getRetryBackoff() {
		return this.retryBackoff;
	}

	public void setRetryBackoff(Duration retryBackoff) {
		this.retryBackoff = retryBackoff;
	}

	public Duration getDeliveryTimeout() {
		return this.deliveryTimeout;
	}

	public void setDeliveryTimeout(Duration deliveryTimeout) {
		this.deliveryTimeout = deliveryTimeout;
	}

	@Deprecated(since = "0.2.0")
	@DeprecatedConfigurationProperty(replacement = "vigil.alerts.shutdown-timeout", since = "0.2.0")
	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

}
