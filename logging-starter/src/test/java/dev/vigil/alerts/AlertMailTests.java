package dev.vigil.alerts;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests of the mails sent to a real SMTP server (GreenMail) when the application logs errors.
 */
class AlertMailTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private ApplicationContextRunner runner() {
		return runnerWithoutSender().withPropertyValues("vigil.alerts.mail.from=alerts@shop.example.com");
	}

	private ApplicationContextRunner runnerWithoutSender() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class))
			.withPropertyValues("spring.application.name=shop", "spring.mail.host=localhost",
					"spring.mail.port=" + greenMail.getSmtp().getPort(), "vigil.alerts.mail.enabled=true",
					"vigil.alerts.mail.to=ops@example.com");
	}

	@Test
	void mailsAnErrorToEveryRecipientWithItsDetailsContextAndStackTrace() throws Exception {
		runner().withPropertyValues("vigil.alerts.mail.to=ops@example.com, Dev Team <dev@example.com>",
				"vigil.alerts.mail.from=alerts@shop.example.com")
			.run((context) -> {
				MDC.put("requestId", "req-7");
				try {
					orders.info("Placing order 42");
					orders.warn("Stock of item 7 is low");
					orders.info("Charging card for order 42");
					MDC.put("errorId", "k3x9q2m7bd4w");
					orders.error("Order 42 could not be placed", new IllegalStateException("card declined"));
				}
				finally {
					MDC.clear();
				}
				awaitMails(2);
			});
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(2);
		MimeMessage mail = mails[0];
		assertThat(mail.getSubject()).isEqualTo("[shop] ERROR com.example.shop.OrderService: Order 42 could not be placed");
		assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
			.containsExactly("ops@example.com", "Dev Team <dev@example.com>");
		assertThat(mail.getFrom()[0]).hasToString("alerts@shop.example.com");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(mail.getHeader("X-Vigil-Fingerprint")[0]).matches("[0-9a-f]{12}");
		String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
		assertThat(body).contains("Level:       ERROR\n")
			.contains("Logger:      com.example.shop.OrderService\n")
			.contains("Thread:      main\n")
			.containsPattern("Time:        \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}")
			.containsPattern("Host:        \\S+")
			.contains("Request id:  req-7\n")
			.contains("Error id:    k3x9q2m7bd4w\n")
			.contains("Message:\nOrder 42 could not be placed\n")
			.contains("Stack trace:\njava.lang.IllegalStateException: card declined\n")
			.contains("\tat dev.vigil.alerts.AlertMailTests.");
		String context = body.substring(body.indexOf("log lines before it"));
		assertThat(context).containsSubsequence("INFO  [main] com.example.shop.OrderService [req-7] - Placing order 42",
				"WARN  [main] com.example.shop.OrderService [req-7] - Stock of item 7 is low",
				"INFO  [main] com.example.shop.OrderService [req-7] - Charging card for order 42")
			.doesNotContain("could not be placed");
	}

	@Test
	void namesTheApplicationAndTraceAndLinksToTheEventOnTheErrorsPage() throws Exception {
		runner().withPropertyValues("vigil.alerts.page-url=https://ops.example.com/shop/actuator/vigil")
			.run((context) -> {
				try {
					MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
					MDC.put("errorId", "k3x9q2m7bd4w");
					orders.error("Order 42 could not be placed");
					MDC.clear();
					orders.error("Stock service unreachable");
				}
				finally {
					MDC.clear();
				}
				awaitMails(2);
			});
		MimeMessage[] mails = greenMail.getReceivedMessages();
		String withErrorId = GreenMailUtil.getBody(mails[0]).replace("\r\n", "\n");
		assertThat(withErrorId).contains("Application: shop\n")
			.contains("Trace id:    4bf92f3577b34da6a3ce929d0e0e4736\n")
			.contains("Open:        https://ops.example.com/shop/actuator/vigil?errorId=k3x9q2m7bd4w\n");
		String withoutErrorId = GreenMailUtil.getBody(mails[1]).replace("\r\n", "\n");
		assertThat(withoutErrorId).doesNotContain("Trace id:")
			.containsPattern("Open:        https://ops\\.example\\.com/shop/actuator/vigil\\?fingerprint=[0-9a-f]{12}\n");
	}

	@Test
	void aThresholdRuleMailsOnceNamingTheRuleWithTheLastEvent() throws Exception {
		runner().withPropertyValues("vigil.alerts.rules[0].name=payments", "vigil.alerts.rules[0].level=warn",
				"vigil.alerts.rules[0].logger=com.example.payment", "vigil.alerts.rules[0].threshold=3",
				"vigil.alerts.rules[0].window=5m")
			.run((context) -> {
				Logger payments = LoggerFactory.getLogger("com.example.payment.Gateway");
				for (int i = 1; i <= 4; i++) {
					payments.warn("Card of order {} declined", i);
				}
				orders.error("Order 5 could not be placed");
				awaitMails(2);
			});
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(2);
		assertThat(mails[0].getSubject()).isEqualTo(
				"[shop] 3 events matching rule payments in 5m: WARN com.example.payment.Gateway: Card of order 3 declined");
		assertThat(GreenMailUtil.getBody(mails[0]).replace("\r\n", "\n"))
			.contains("Rule:        3 events matching rule payments in 5m\n")
			.contains("Message:\nCard of order 3 declined\n");
		assertThat(mails[1].getSubject()).isEqualTo("[shop] ERROR com.example.shop.OrderService: Order 5 could not be placed");
		assertThat(GreenMailUtil.getBody(mails[1])).doesNotContain("Rule:");
	}

	@Test
	void subjectHasNoControlCharactersAndAtMost200Characters() throws Exception {
		runner().withPropertyValues("vigil.alerts.mail.subject-prefix=").run((context) -> {
			orders.error("Bell\u0007 and\ttab in the first line\nsecond line");
			orders.error("x".repeat(300));
			awaitMails(2);
		});
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails[0].getSubject())
			.isEqualTo("ERROR com.example.shop.OrderService: Bell and tab in the first line");
		assertThat(mails[1].getSubject()).hasSize(200)
			.startsWith("ERROR com.example.shop.OrderService: xxx")
			.endsWith("x...");
	}

	@Test
	void senderDefaultsToTheMailUsernameWhenItIsAnAddress() throws Exception {
		runnerWithoutSender().withPropertyValues("spring.mail.username=robot@shop.example.com").run((context) -> {
			orders.error("Payment provider unreachable");
			awaitMails(1);
		});
		assertThat(greenMail.getReceivedMessages()[0].getFrom()[0]).hasToString("robot@shop.example.com");
	}

	@Test
	void messageIdIsInTheSendersDomain() throws Exception {
		runner().run((context) -> {
			orders.error("Payment provider unreachable");
			awaitMails(1);
		});
		assertThat(greenMail.getReceivedMessages()[0].getMessageID()).matches("<[^@<>\\s]+@shop\\.example\\.com>");
	}

	@Test
	void anEncodedWordInTheMessageIsShownLiterallyInTheSubject() throws Exception {
		runner().run((context) -> {
			// "=?utf-8?B?UGFzc3dvcmQgcmVzZXQgLSBjbGljayBoZXJl?=" is "Password reset - click here"
			orders.error("Login failed for =?utf-8?B?UGFzc3dvcmQgcmVzZXQgLSBjbGljayBoZXJl?=");
			awaitMails(1);
		});
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo(
				"[shop] ERROR com.example.shop.OrderService: Login failed for =?utf-8?B?UGFzc3dvcmQgcmVzZXQgLSBjbGljayBoZXJl?=");
		String raw = mail.getHeader("Subject")[0];
		assertThat(raw).doesNotContain("=?utf-8?B?UGFzc3dvcmQgcmVzZXQgLSBjbGljayBoZXJl?=")
			.doesNotContain("\n\n")
			.matches("(?s)=\\?UTF-8\\?B\\?.*\\?=");
	}

	@Test
	void anEncodedWordInTheMessageIsShownLiterallyWithNonAsciiTextToo() throws Exception {
		runner().run((context) -> {
			orders.error("Zahlung für =?iso-8859-1?Q?Gesch=E4ft?= fehlgeschlagen");
			awaitMails(1);
		});
		assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo(
				"[shop] ERROR com.example.shop.OrderService: Zahlung für =?iso-8859-1?Q?Gesch=E4ft?= fehlgeschlagen");
	}

	@Test
	void headerInjectionThroughTheMessageStaysInTheSubject() throws Exception {
		runner().run((context) -> {
			orders.error("Order failed\r\nBcc: victim@example.org\u0085X-Injected: yes");
			awaitMails(1);
		});
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getHeader("X-Injected")).isNull();
		assertThat(mail.getSubject()).isEqualTo("[shop] ERROR com.example.shop.OrderService: Order failed");
	}

	@Test
	void warningsAlertOnlyWhenTheLevelIsWarn() throws Exception {
		runner().run((context) -> {
			orders.warn("Stock is low");
			orders.error("Order failed");
			awaitMails(1);
			await().until(() -> context.getBean(AlertStats.class).getSent() == 1);
		});
		assertThat(subjects())
			.containsExactly("[shop] ERROR com.example.shop.OrderService: Order failed");
		greenMail.purgeEmailFromAllMailboxes();
		runner().withPropertyValues("vigil.alerts.mail.level=warn").run((context) -> {
			orders.warn("Stock is low");
			awaitMails(1);
		});
		assertThat(greenMail.getReceivedMessages()[0].getSubject())
			.isEqualTo("[shop] WARN com.example.shop.OrderService: Stock is low");
	}

	@Test
	void eventsOfVigilsAlertingCodeNeverAlert() throws Exception {
		runner().run((context) -> {
			LoggerFactory.getLogger("dev.vigil.alerts.delivery").error("Could not deliver");
			orders.error("Order failed");
			// The queue is first in, first out: once the second mail is in, the first was skipped.
			awaitMails(1);
			await().until(() -> context.getBean(AlertStats.class).getSent() == 1);
		});
		assertThat(subjects())
			.containsExactly("[shop] ERROR com.example.shop.OrderService: Order failed");
	}

	@Test
	void anErrorWithoutMessageIsNamedByItsException() throws Exception {
		runner().run((context) -> {
			orders.error("", new IllegalArgumentException("quantity must be positive"));
			awaitMails(1);
		});
		assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo(
				"[shop] ERROR com.example.shop.OrderService: java.lang.IllegalArgumentException: quantity must be positive");
	}

	static void awaitMails(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> greenMail.getReceivedMessages().length >= count);
	}

	static String[] subjects() throws Exception {
		MimeMessage[] mails = greenMail.getReceivedMessages();
		String[] subjects = new String[mails.length];
		for (int i = 0; i < mails.length; i++) {
			subjects[i] = mails[i].getSubject();
		}
		return subjects;
	}

}
