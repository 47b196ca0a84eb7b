package dev.vigil.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * Sends the mails of the {@link MailAlertChannel}, one at a time, retrying with a doubling backoff, all within the delivery timeout:
 * at that deadline a watchdog closes the connection, whatever the mail server is doing. Once
 * the application stops, it retries no longer than the shutdown deadline.
 * <p>
 * A mail that still fails is reported on {@code System.err}, not through a logger (a log event
 * could reach the log files, trigger a WARN alert and loop back here), and thrown for the
 * dispatcher to count.
 */
final class MailDelivery {

	private final JavaMailSender sender;

	private final String[] to;

	private final int retries;

	private final Duration retryBackoff;

	private final Clock clock;

	private final Duration deliveryTimeout;

	private final DeliverySockets sockets = new DeliverySockets();

	private final ScheduledThreadPoolExecutor watchdog;

	private volatile boolean stopping;

	private volatile long deadline;

	MailDelivery(JavaMailSender sender, MailAlertsProperties properties, Clock clock) {
		this.sender = OwnMailSender.of(sender, this.sockets);
		this.to = properties.getTo().stream().map(String::trim).filter((to) -> !to.isEmpty()).toArray(String[]::new);
		this.retries = properties.getRetries();
		this.retryBackoff = properties.getRetryBackoff();
		this.deliveryTimeout = properties.getDeliveryTimeout();
		this.clock = clock;
		this.watchdog = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "vigil-alert-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.watchdog.setRemoveOnCancelPolicy(true);
	}

	void send(String from, String subject, String body, @Nullable String fingerprint) {
		String domain = SenderAddress.domain(from);
		MimeMessagePreparator message = (mime) -> {
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(this.to);
			mime.setHeader("Subject", SubjectHeader.of(subject));
			helper.setText(body);
			helper.setSentDate(new Date());
			// JavaMail would take the domain from the local host name, often "localhost";
			// Spring's sender keeps an id that is set before sending
			mime.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
			// RFC 3834: keeps vacation auto-replies away from the sender
			mime.setHeader("Auto-Submitted", "auto-generated");
			if (fingerprint != null) {
				mime.setHeader("X-Vigil-Fingerprint", fingerprint);
			}
		};
		long deliveryDeadline = System.nanoTime() + this.deliveryTimeout.toNanos();
		DeliverySockets.Delivery connections = this.sockets.open();
		ScheduledFuture<?> cutOff = this.watchdog.schedule(connections::close, this.deliveryTimeout.toNanos(),
				TimeUnit.NANOSECONDS);
		try {
			for (int attempt = 1;; attempt++) {
				try {
					this.sender.send(message);
					return;
				}
				catch (MailException ex) {
					Duration backoff = this.retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
					if (attempt > this.retries || !pause(backoff, deliveryDeadline)) {
						MailException failure = (deliveryDeadline - System.nanoTime() > 0) ? ex : deadlineExceeded();
						report("the mail '" + subject + "'", attempt, failure);
						throw failure;
					}
				}
			}
		}
		finally {
			cutOff.cancel(false);
			connections.close();
		}
	}

	private MailSendException deadlineExceeded() {
		return new MailSendException("The delivery took longer than vigil.alerts.mail.delivery-timeout ("
				+ AlertStats.print(this.deliveryTimeout) + "); the connection to the mail server was closed");
	}

	/**
	 * Closes the connection of a delivery still running after the shutdown timeout.
	 */
	void close() {
		this.sockets.closeCurrent();
		this.watchdog.shutdownNow();
	}

	/**
	 * Reports a mail that could not be sent; the dispatcher counts it.
	 * @param what the mail
	 * @param attempts how many attempts were made
	 * @param ex the last failure
	 */
	void report(String what, int attempts, RuntimeException ex) {
		String now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
		String failure = AlertStats.describe(ex);
		System.err.println(now + " WARN  [" + Thread.currentThread().getName() + "] " + getClass().getName()
				+ " - Could not send " + what + " after " + attempts + ((attempts == 1) ? " attempt: " : " attempts: ")
				+ failure);
	}

	/**
	 * From now on, retries end at the deadline.
	 * @param timeout time left to send
	 */
	void stopWithin(Duration timeout) {
		this.deadline = System.nanoTime() + timeout.toNanos();
		this.stopping = true;
	}

	boolean timeLeft() {
		return !this.stopping || this.deadline - System.nanoTime() > 0;
	}

	private boolean pause(Duration wait, long deliveryDeadline) {
		long end = System.nanoTime() + wait.toNanos();
		if (end - deliveryDeadline >= 0) {
			return false;
		}
		while (true) {
			long now = System.nanoTime();
			long remaining = this.stopping ? Math.min(end - now, this.deadline - now) : end - now;
			if (remaining <= 0) {
				return timeLeft();
			}
			try {
				TimeUnit.NANOSECONDS.sleep(remaining);
			}
			catch (InterruptedException ex) {
				// the application is stopping: the deadline applies from now on
			}
		}
	}

}
