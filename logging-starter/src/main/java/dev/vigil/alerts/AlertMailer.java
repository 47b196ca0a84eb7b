package dev.vigil.alerts;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * The loop of the mailer thread: takes alerts from the queue, applies flood control, sends the
 * mails with retries and sends the digests when they are due. It is the only thread that waits
 * on the mail server.
 * <p>
 * A mail that still fails after the retries is reported on {@code System.err}, not through a
 * logger: a log event could reach the files, trigger a WARN alert or loop back here.
 */
final class AlertMailer implements Runnable {

	static final String THREAD_NAME = "vigil-alert-mailer";

	private static final long IDLE_WAIT_MILLIS = 500;

	private final BlockingQueue<AlertEvent> queue;

	private final JavaMailSender sender;

	private final String[] to;

	private @Nullable String from;

	private final AlertMailWriter writer;

	private final EventFingerprint fingerprints;

	private final FloodControl flood;

	private final AlertStats stats;

	private final int retries;

	private final Duration retryBackoff;

	private final Clock clock;

	private String host = "localhost";

	private volatile boolean stopping;

	private volatile long deadline;

	AlertMailer(BlockingQueue<AlertEvent> queue, JavaMailSender sender, MailAlertsProperties properties,
			@Nullable String from, AlertMailWriter writer, EventFingerprint fingerprints, AlertStats stats,
			Clock clock) {
		this.queue = queue;
		this.sender = sender;
		this.to = properties.getTo().stream().map(String::trim).filter((to) -> !to.isEmpty()).toArray(String[]::new);
		this.from = from;
		this.writer = writer;
		this.fingerprints = fingerprints;
		this.flood = new FloodControl(properties.getDedupeWindow(), properties.getMaxPerHour(), clock);
		this.stats = stats;
		this.retries = properties.getRetries();
		this.retryBackoff = properties.getRetryBackoff();
		this.clock = clock;
	}

	@Override
	public void run() {
		// Resolving the host name may wait on DNS: done here, never on a logging thread.
		this.host = hostName();
		if (this.from == null) {
			this.from = "vigil@" + this.host;
		}
		try {
			while (!this.stopping) {
				AlertEvent alert = this.queue.poll(IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
				FloodControl.Digest digest = this.flood.digestIfDue();
				if (digest != null) {
					sendDigest(digest);
				}
				if (alert != null) {
					handle(alert);
				}
			}
		}
		catch (InterruptedException ex) {
			// stop() interrupts the wait for the next alert
		}
		Thread.interrupted();
		AlertEvent alert;
		while (timeLeft() && (alert = this.queue.poll()) != null) {
			handle(alert);
		}
		FloodControl.Digest digest = this.flood.digestNow();
		if (digest != null && timeLeft()) {
			sendDigest(digest);
		}
		this.writer.stop();
	}

	/**
	 * Asks the loop to send what is queued and end; the caller interrupts the thread.
	 * @param timeout how long sending may still take
	 */
	void stop(Duration timeout) {
		this.deadline = System.nanoTime() + timeout.toNanos();
		this.stopping = true;
	}

	private void handle(AlertEvent alert) {
		ILoggingEvent event = alert.event();
		try {
			String fingerprint = this.fingerprints.of(event);
			String label = this.fingerprints.label(event);
			if (!this.flood.admit(fingerprint, label)) {
				this.stats.suppressed();
				return;
			}
			send(this.writer.subject(event), this.writer.body(alert, fingerprint, label, this.host), fingerprint);
		}
		catch (RuntimeException ex) {
			fail("an alert mail for " + event.getLoggerName(), 1, ex);
		}
	}

	private void sendDigest(FloodControl.Digest digest) {
		send(this.writer.digestSubject(digest), this.writer.digestBody(digest, this.host), null);
	}

	private void send(String subject, String body, @Nullable String fingerprint) {
		MimeMessagePreparator message = (mime) -> {
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
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
					fail("the mail '" + subject + "'", attempt, ex);
					return;
				}
			}
		}
	}

	private void fail(String what, int attempts, RuntimeException ex) {
		String now = this.clock.instant().toString();
		String failure = describe(ex);
		this.stats.failed(now + " " + failure);
		System.err.println(now + " WARN  [" + THREAD_NAME + "] " + getClass().getName() + " - Could not send " + what
				+ " after " + attempts + ((attempts == 1) ? " attempt: " : " attempts: ") + failure);
	}

	/**
	 * Waits before a retry; once stopping, no longer than the shutdown deadline.
	 * @return whether a retry may follow
	 */
	private boolean pause(Duration wait) {
		long end = System.nanoTime() + wait.toNanos();
		while (true) {
			long remaining = (this.stopping ? Math.min(end - System.nanoTime(), this.deadline - System.nanoTime())
					: end - System.nanoTime());
			if (remaining <= 0) {
				return timeLeft();
			}
			try {
				TimeUnit.NANOSECONDS.sleep(remaining);
			}
			catch (InterruptedException ex) {
				// stop() was called: the deadline applies from now on
			}
		}
	}

	private boolean timeLeft() {
		return !this.stopping || this.deadline - System.nanoTime() > 0;
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

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			String host = System.getenv("HOSTNAME");
			return (host != null && !host.isBlank()) ? host : "localhost";
		}
	}

}
