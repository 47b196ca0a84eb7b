package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vigil.ErrorFingerprint;
import dev.vigil.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests of flood control against a real SMTP server, with a clock the tests move forward
 * instead of waiting for the windows.
 */
class AlertFloodTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:42:00Z"));

	private AlertDispatcher alerts;

	private MailAlertChannel mail;

	private AlertStats start(MailAlertsProperties properties) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(greenMail.getSmtp().getPort());
		properties.setTo(List.of("ops@example.com"));
		this.mail = new MailAlertChannel(new MailDelivery(sender, properties, this.clock),
				new AlertMailWriter("[shop] ", this.clock.getZone()), "vigil@example.com",
				properties.getDeliveryTimeout());
		this.alerts = AlertDispatcher.start(AlertSettings.of(new AlertsProperties(), properties), List.of(), List.of(this.mail),
				new ErrorFingerprint(List.of("dev.vigil.alerts")), new AlertOrigin(null, null),
				(LoggerContext) LoggerFactory.getILoggerFactory(),
				this.clock);
		return this.alerts.getStats();
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.alerts.destroy();
		this.mail.destroy();
	}

	@Test
	void fiftyIdenticalErrorsMakeOneMailThenADigest() throws Exception {
		AlertStats stats = start(new MailAlertsProperties());
		for (int i = 0; i < 50; i++) {
			orders.error("Order {} failed", i, failure());
		}
		await().until(() -> stats.getSent() == 1 && stats.getSuppressed() == 49);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(greenMail.getReceivedMessages()[0].getSubject())
			.isEqualTo("[shop] ERROR com.example.shop.OrderService: Order 0 failed");
		this.clock.advance(Duration.ofMinutes(10));
		await().until(() -> greenMail.getReceivedMessages().length == 2);
		MimeMessage digest = greenMail.getReceivedMessages()[1];
		assertThat(digest.getSubject()).isEqualTo("[shop] 49 more errors of 1 kind since 10:42");
		String fingerprint = greenMail.getReceivedMessages()[0].getHeader("X-Vigil-Fingerprint")[0];
		assertThat(GreenMailUtil.getBody(digest)).contains("49 more errors of 1 kind were logged on")
			.containsPattern("\\s+49  " + fingerprint + "  IllegalStateException at AlertFloodTests.failure");
		await().until(() -> stats.getSent() == 2);
	}

	@Test
	void maxPerHourHoldsWithManyDistinctErrors() throws Exception {
		MailAlertsProperties properties = new MailAlertsProperties();
		properties.setMaxPerHour(5);
		AlertStats stats = start(properties);
		for (char module = 'A'; module < 'A' + 12; module++) {
			LoggerFactory.getLogger("com.example.shop.Module" + module).error("Module failed");
		}
		await().until(() -> stats.getSent() == 5 && stats.getSuppressed() == 7);
		this.clock.advance(Duration.ofMinutes(10));
		// The mailer looks for a due digest before it handles the next alert: once this one is
		// counted, the digest was held back by the hourly maximum.
		LoggerFactory.getLogger("com.example.shop.ModuleZ").error("Module failed");
		await().until(() -> stats.getSuppressed() == 8);
		assertThat(greenMail.getReceivedMessages()).hasSize(5);
		this.clock.advance(Duration.ofMinutes(50));
		await().until(() -> greenMail.getReceivedMessages().length == 6);
		assertThat(greenMail.getReceivedMessages()[5].getSubject())
			.isEqualTo("[shop] 8 more errors of 8 kinds since 10:42");
	}

	private static IllegalStateException failure() {
		return new IllegalStateException("card declined");
	}

}
