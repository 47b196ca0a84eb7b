package dev.vigil.alerts.webhook;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What every HTTP alert channel is configured with: its switch, its URL and its time limits.
 * The URL of a chat webhook is a credential: it is never shown, only its scheme and host.
 *
 * @author Vigil
 */
public abstract class HttpChannelProperties {

	/**
	 * Whether to POST alerts to the URL. Requires 'url'.
	 */
	private boolean enabled = false;

	/**
	 * URL the alerts are posted to, http or https. Treated as a secret: logs, health details and
	 * failure messages show its scheme and host only.
	 */
	private @Nullable URI url;

	/**
	 * Longest time to establish the connection to the receiver.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Longest time to wait for the receiver's answer to one request.
	 */
	private Duration readTimeout = Duration.ofSeconds(10);

	/**
	 * Longest time one alert may take to be delivered, retries included; then it counts as
	 * failed.
	 */
	private Duration deliveryTimeout = Duration.ofSeconds(30);

	/**
	 * Wait before the first retry of a failed request (connection failure, timeout, 429 or 5xx);
	 * it doubles with each further retry, and a Retry-After header of the receiver is honoured
	 * within the delivery timeout.
	 */
	private Duration retryBackoff = Duration.ofSeconds(1);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable URI getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable URI url) {
		this.url = url;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Duration getDeliveryTimeout() {
		return this.deliveryTimeout;
	}

	public void setDeliveryTimeout(Duration deliveryTimeout) {
		this.deliveryTimeout = deliveryTimeout;
	}

	public Duration getRetryBackoff() {
		return this.retryBackoff;
	}

	public void setRetryBackoff(Duration retryBackoff) {
		this.retryBackoff = retryBackoff;
	}

}
