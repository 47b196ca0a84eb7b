package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.DisposableBean;

/**
 * The e-mail channel: one plain-text mail per alert and per digest, sent through Spring's
 * {@code JavaMailSender} with retries, all within {@code vigil.alerts.mail.delivery-timeout}.
 *
 * @author Vigil
 */
public final class MailAlertChannel implements AlertChannel, DisposableBean {

	static final String NAME = "mail";

	private final MailDelivery delivery;

	private final AlertMailWriter writer;

	private final String from;

	private final Duration deliveryTimeout;

	MailAlertChannel(MailDelivery delivery, AlertMailWriter writer, String from, Duration deliveryTimeout) {
		this.delivery = delivery;
		this.writer = writer;
		this.from = from;
		this.deliveryTimeout = deliveryTimeout;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void send(Alert alert) {
		String subject;
		String body;
		try {
			subject = this.writer.subject(alert);
			body = this.writer.body(alert);
		}
		catch (RuntimeException ex) {
			this.delivery.report("an alert mail for " + alert.logger(), 1, ex);
			throw ex;
		}
		this.delivery.send(this.from, subject, body, alert.fingerprint());
	}

	@Override
	public void send(AlertDigest digest) {
		this.delivery.send(this.from, this.writer.digestSubject(digest), this.writer.digestBody(digest), null);
	}

	/**
	 * Half of the delivery timeout: a mail that takes that long is late, and at the deadline
	 * the connection is closed.
	 */
	@Override
	public Duration stuckAfter() {
		return this.deliveryTimeout.dividedBy(2);
	}

	@Override
	public String describeStuckDelivery(Instant since) {
		return "An alert mail has been in delivery for more than " + AlertStats.print(stuckAfter()) + " (since "
				+ since + "); the mail server is slow or does not answer, and the delivery ends at "
				+ "vigil.alerts.mail.delivery-timeout";
	}

	@Override
	public void stopWithin(Duration timeout) {
		this.delivery.stopWithin(timeout);
	}

	/**
	 * Closes the connection of a delivery that outlasted the shutdown timeout.
	 */
	@Override
	public void destroy() {
		this.delivery.close();
	}

}
