package dev.vigil.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * Sends one mail at a time, retrying with a doubling backoff; once the application stops, it
 * retries no longer than the shutdown deadline.
 * <p>
 * A mail that still fails is counted and reported on {@code System.err}, not through a logger:
 * a log event could reach the log files, trigger a WARN alert and loop back here.
 */
final class MailDelivery {

	private final JavaMailSender sender;

	private final String[] to;

	private final AlertStats stats;

	private final int retries;

	private final Duration retryBackoff;

	private final Clock clock;

	private volatile boolean stopping;

	private volatile long deadline;

	MailDelivery(JavaMailSender sender, MailAlertsProperties properties, AlertStats stats, Clock clock) {
		this.sender = sender;
		this.to = properties.getTo().stream().map(String::trim).filter((to) -> !to.isEmpty()).toArray(String[]::new);
		this.stats = stats;
		this.retries = properties.getRetries();
		this.retryBackoff = properties.getRetryBackoff();
		this.clock = clock;
	}

	void send(String from, String subject, String body, @Nullable String fingerprint) {
		MimeMessagePreparator message = (mime) -> {
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(this.to);
			helper.setSubject(subject);
			helper.setText(body);
			helper.setSentDate(new Date());
			// RFC 3834: keeps vacation auto-replies away from the sender
			mime.setHeader("Auto-Submitted", "auto-generated");
			if (fingerprint != null) {
				mime.setHeader("X-Vigil-Fingerprint", fingerprint);
			}
		};
		for (int attempt = 1;; attempt++) {
			try {
				this.sender.send(message);
				this.stats.sent();
				return;
			}
			catch (MailException ex) {
				if (attempt > this.retries || !pause(this.retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 16)))) {
					failed("the mail '" + subject + "'", attempt, ex);
					return;
				}
			}
		}
	}

	void failed(String what, int attempts, RuntimeException ex) {
		String now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
		String failure = describe(ex);
		this.stats.failed(now + " " + failure);
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

	boolean isStopping() {
		return this.stopping;
	}

	boolean timeLeft() {
		return !this.stopping || this.deadline - System.nanoTime() > 0;
	}

	private boolean pause(Duration wait) {
		long end = System.nanoTime() + wait.toNanos();
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

	private static String describe(Throwable ex) {
		StringBuilder description = new StringBuilder(ex.getClass().getSimpleName());
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : ex.getMessage();
		if (cause != ex) {
			description.append(" (").append(cause.getClass().getSimpleName()).append(')');
		}
		if (message != null) {
			description.append(": ").append(message.replaceAll("\\s+", " ").trim());
		}
		return (description.length() > 500) ? description.substring(0, 497) + "..." : description.toString();
	}

}
