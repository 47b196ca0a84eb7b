package dev.vigil.alerts.webhook;

import java.time.Duration;
import java.time.Instant;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertChannel;
import dev.vigil.alerts.AlertDigest;
import tools.jackson.databind.json.JsonMapper;

/**
 * An alert channel that POSTs a JSON document per alert and per digest to one URL: the webhook,
 * Slack and Teams channels differ only in their {@link WebhookPayload}. Its name is the key of
 * its state in the {@code logging} health details; its failures show the receiver's scheme and
 * host only.
 *
 * @author Vigil
 */
public final class WebhookAlertChannel implements AlertChannel {

	private final String name;

	private final WebhookPayload payload;

	private final HttpDelivery delivery;

	private final ChannelTarget target;

	private final Duration deliveryTimeout;

	// Vigil's own mapper: the application's could rename the documented fields
	private final JsonMapper mapper = JsonMapper.builder().build();

	WebhookAlertChannel(String name, WebhookPayload payload, HttpDelivery delivery, ChannelTarget target,
			Duration deliveryTimeout) {
		this.name = name;
		this.payload = payload;
		this.delivery = delivery;
		this.target = target;
		this.deliveryTimeout = deliveryTimeout;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public void send(Alert alert) {
		this.delivery.post(this.mapper.writeValueAsBytes(this.payload.alert(alert)));
	}

	@Override
	public void send(AlertDigest digest) {
		this.delivery.post(this.mapper.writeValueAsBytes(this.payload.digest(digest)));
	}

	/**
	 * Half of the delivery timeout: a delivery that takes that long is late, and at the deadline
	 * it fails.
	 */
	@Override
	public Duration stuckAfter() {
		return this.deliveryTimeout.dividedBy(2);
	}

	@Override
	public String describeStuckDelivery(Instant since) {
		return "An alert of the channel '" + this.name + "' has been in delivery to " + this.target.redacted()
				+ " for more than " + HttpDelivery.print(stuckAfter()) + " (since " + since
				+ "); the receiver is slow or does not answer, and the delivery ends at " + this.target.prefix()
				+ ".delivery-timeout";
	}

	@Override
	public void stopWithin(Duration timeout) {
		this.delivery.stopWithin(timeout);
	}

	@Override
	public String toString() {
		return "WebhookAlertChannel[" + this.name + " to " + this.target.redacted() + "]";
	}

}
