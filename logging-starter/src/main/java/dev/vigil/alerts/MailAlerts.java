package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.LogLevels;
import dev.vigil.errors.ErrorFingerprint;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The running e-mail alerts: the appender on Logback's root logger, the queue and the mailer
 * thread. Closing the application context detaches the appender, then gives the mailer thread
 * up to the shutdown timeout to send what is queued.
 */
final class MailAlerts implements DisposableBean {

	private final AlertAppender appender;

	private final AlertMailer mailer;

	private final Thread thread;

	private final AlertStats stats;

	private final Duration shutdownTimeout;

	private MailAlerts(AlertAppender appender, AlertMailer mailer, Thread thread, AlertStats stats,
			Duration shutdownTimeout) {
		this.appender = appender;
		this.mailer = mailer;
		this.thread = thread;
		this.stats = stats;
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Starts the mailer thread and attaches the appender.
	 * @param properties the validated properties
	 * @param sender sends the mails
	 * @param from the sender address
	 * @param subjectPrefix the text in front of every subject
	 * @param fingerprint groups errors of the same kind
	 * @param context Logback's logger context
	 * @param clock the time of flood control; its zone is the one of the times in the mails
	 * @return the running alerts
	 */
	static MailAlerts start(MailAlertsProperties properties, JavaMailSender sender, String from,
			String subjectPrefix, ErrorFingerprint fingerprint, LoggerContext context, Clock clock) {
		BlockingQueue<AlertEvent> queue = new ArrayBlockingQueue<>(properties.getQueueCapacity());
		AlertStats stats = new AlertStats(queue, properties.getDeliveryTimeout().dividedBy(2), clock);
		AlertMailer mailer = new AlertMailer(queue, new MailDelivery(sender, properties, stats, clock), properties,
				from, new AlertMailWriter(subjectPrefix, context, clock.getZone()), new EventFingerprint(fingerprint),
				stats, clock);
		Thread thread = new Thread(mailer, AlertMailer.THREAD_NAME);
		thread.setDaemon(true);
		int threshold = LogLevels.logback(properties.getLevel()).toInt();
		AlertAppender appender = new AlertAppender(threshold, properties.getContextLines(), queue, stats, thread);
		thread.start();
		appender.attach(context);
		return new MailAlerts(appender, mailer, thread, stats, properties.getShutdownTimeout());
	}

	AlertStats stats() {
		return this.stats;
	}

	/**
	 * Stops alerting and waits at most the shutdown timeout for the queued mails; the thread is
	 * a daemon, so a mail server that hangs beyond it does not keep the JVM alive.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.appender.detach();
		this.mailer.stop(this.shutdownTimeout);
		this.thread.interrupt();
		this.thread.join(Math.max(1, this.shutdownTimeout.toMillis()));
		this.mailer.close();
	}

}
