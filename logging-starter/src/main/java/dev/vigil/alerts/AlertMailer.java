package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The loop of the mailer thread: takes alerts from the queue, applies flood control, has the
 * mails delivered and sends the digests when they are due. It is the only thread that waits
 * on the mail server.
 */
final class AlertMailer implements Runnable {

	static final String THREAD_NAME = "vigil-alert-mailer";

	private static final long IDLE_WAIT_MILLIS = 500;

	private final BlockingQueue<AlertEvent> queue;

	private final MailDelivery delivery;

	private final AlertMailWriter writer;

	private final EventFingerprint fingerprints;

	private final FloodControl flood;

	private final AlertStats stats;

	private final String from;

	private String host = "localhost";

	AlertMailer(BlockingQueue<AlertEvent> queue, MailDelivery delivery, MailAlertsProperties properties,
			String from, AlertMailWriter writer, EventFingerprint fingerprints, AlertStats stats,
			Clock clock) {
		this.queue = queue;
		this.delivery = delivery;
		this.from = from;
		this.writer = writer;
		this.fingerprints = fingerprints;
		this.flood = new FloodControl(properties.getDedupeWindow(), properties.getMaxPerHour(), clock);
		this.stats = stats;
	}

	@Override
	public void run() {
		// Resolving the host name may wait on DNS: done here, never on a logging thread.
		this.host = SenderAddress.localHostName();
		String from = this.from;
		try {
			while (!this.delivery.isStopping()) {
				AlertEvent alert = this.queue.poll(IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
				FloodControl.Digest digest = this.flood.digestIfDue();
				if (digest != null) {
					sendDigest(from, digest);
				}
				if (alert != null) {
					handle(from, alert);
				}
			}
		}
		catch (InterruptedException ex) {
			// stop() interrupts the wait for the next alert
		}
		Thread.interrupted();
		AlertEvent alert;
		while (this.delivery.timeLeft() && (alert = this.queue.poll()) != null) {
			handle(from, alert);
		}
		FloodControl.Digest digest = this.flood.digestNow();
		if (digest != null && this.delivery.timeLeft()) {
			sendDigest(from, digest);
		}
		this.writer.stop();
	}

	/**
	 * Closes the connection of a delivery that outlasted the shutdown timeout.
	 */
	void close() {
		this.delivery.close();
	}

	/**
	 * Asks the loop to send what is queued and end; the caller then interrupts the thread.
	 * @param timeout how long sending may still take
	 */
	void stop(Duration timeout) {
		this.delivery.stopWithin(timeout);
	}

	private void handle(String from, AlertEvent alert) {
		ILoggingEvent event = alert.event();
		try {
			String fingerprint = this.fingerprints.of(event);
			String label = this.fingerprints.label(event);
			if (!this.flood.admit(fingerprint, label)) {
				this.stats.suppressed();
				return;
			}
			this.delivery.send(from, this.writer.subject(event),
					this.writer.body(alert, fingerprint, label, this.host), fingerprint);
		}
		catch (RuntimeException ex) {
			this.delivery.failed("an alert mail for " + event.getLoggerName(), 1, ex);
		}
	}

	private void sendDigest(String from, FloodControl.Digest digest) {
		this.delivery.send(from, this.writer.digestSubject(digest), this.writer.digestBody(digest, this.host), null);
	}

}
