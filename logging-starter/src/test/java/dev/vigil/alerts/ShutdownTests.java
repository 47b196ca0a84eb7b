package dev.vigil.alerts;

import java.time.Duration;

import ch.qos.logback.classic.LoggerContext;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the application context sends the queued alerts, waiting no longer than the
 * shutdown timeout.
 */
class ShutdownTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class))
		.withPropertyValues("vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
				"vigil.alerts.mail.from=alerts@shop.example.com", "spring.mail.host=localhost");

	@Test
	void queuedAlertsAreSentBeforeTheContextIsClosed() {
		this.runner.withPropertyValues("spring.mail.port=" + greenMail.getSmtp().getPort()).run((context) -> {
			for (char module = 'A'; module < 'A' + 10; module++) {
				LoggerFactory.getLogger("com.example.shop.Module" + module).error("Module failed");
			}
			assertThat(greenMail.getReceivedMessages()).as("mails still queued when the context closes").hasSizeLessThan(10);
		});
		assertThat(greenMail.getReceivedMessages()).hasSize(10);
	}

	@Test
	void closingWaitsNoLongerThanTheShutdownTimeoutForAHangingMailServer() throws Exception {
		try (SilentSmtpServer mailServer = new SilentSmtpServer()) {
			long[] closing = new long[1];
			this.runner
				.withPropertyValues("spring.mail.port=" + mailServer.port(), "vigil.alerts.mail.shutdown-timeout=1s",
						"spring.mail.properties.mail.smtp.timeout=30000")
				.run((context) -> {
					LoggerFactory.getLogger("com.example.shop.Payments").error("Payment provider unreachable");
					closing[0] = System.nanoTime();
				});
			assertThat(Duration.ofNanos(System.nanoTime() - closing[0])).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void closingDetachesTheAppender() {
		this.runner.withPropertyValues("spring.mail.port=" + greenMail.getSmtp().getPort())
			.run((context) -> assertThat(root().getAppender(AlertAppender.NAME)).isNotNull());
		assertThat(root().getAppender(AlertAppender.NAME)).isNull();
	}

	private static ch.qos.logback.classic.Logger root() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
