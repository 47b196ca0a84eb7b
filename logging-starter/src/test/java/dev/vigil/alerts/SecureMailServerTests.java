package dev.vigil.alerts;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Vigil sends through its own copy of the mail sender, whose sockets the delivery deadline can
 * close; an SSL connection (smtps) is layered over such a socket and works as before.
 */
class SecureMailServerTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	@Test
	void alertsReachAMailServerOverSsl() throws Exception {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class))
			.withPropertyValues("spring.mail.protocol=smtps", "spring.mail.host=localhost",
					"spring.mail.port=" + greenMail.getSmtps().getPort(),
					// GreenMail's certificate is self-signed and not issued to localhost
					"spring.mail.properties.mail.smtps.ssl.trust=*",
					"spring.mail.properties.mail.smtps.ssl.checkserveridentity=false", "vigil.alerts.mail.enabled=true",
					"vigil.alerts.mail.to=ops@example.com", "vigil.alerts.mail.from=alerts@shop.example.com")
			.run((context) -> {
				orders.error("Order 42 could not be placed");
				await().atMost(Duration.ofSeconds(10))
					.until(() -> greenMail.getReceivedMessages().length == 1
							|| context.getBean(AlertStats.class).getFailed() > 0);
				assertThat(context.getBean(AlertStats.class).getLastFailure()).isNull();
			});
		assertThat(greenMail.getReceivedMessages()[0].getSubject()).endsWith("Order 42 could not be placed");
	}

}
