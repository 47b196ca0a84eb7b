package dev.vigil.alerts;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import dev.vigil.health.LoggingHealthAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that accepts the connection and then sends one byte a second defeats every
 * socket timeout. One delivery still ends at {@code vigil.alerts.mail.delivery-timeout}, the
 * mailer thread moves on to the next alert, and the {@code logging} health component shows the
 * stuck delivery while it lasts.
 */
class TricklingMailServerTests {

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private static final Logger payments = LoggerFactory.getLogger("com.example.shop.PaymentService");

	private TricklingSmtpServer mailServer;

	@BeforeEach
	void startMailServer() throws IOException {
		this.mailServer = new TricklingSmtpServer();
	}

	@AfterEach
	void stopMailServer() throws IOException {
		this.mailServer.close();
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
					MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class, LoggingHealthAutoConfiguration.class))
			.withPropertyValues("vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
					"vigil.alerts.mail.from=alerts@shop.example.com", "vigil.alerts.mail.retries=0",
					"vigil.alerts.mail.shutdown-timeout=100ms", "spring.mail.host=localhost",
					"spring.mail.port=" + this.mailServer.port());
	}

	@Test
	void deliveryIsCutOffAtTheDeliveryTimeoutAndTheMailerMovesOn() {
		runner().withPropertyValues("vigil.alerts.mail.delivery-timeout=3s").run((context) -> {
			AlertStats stats = context.getBean(AlertStats.class);
			orders.error("Order 42 could not be placed");
			await().atMost(Duration.ofSeconds(60)).until(() -> stats.getFailed() == 1);
			assertThat(stats.getLastFailure()).contains("vigil.alerts.mail.delivery-timeout (3s)");
			await().atMost(Duration.ofSeconds(10)).until(() -> this.mailServer.cutOff() == 1);
			payments.error("Card of order 43 declined");
			await().atMost(Duration.ofSeconds(10)).until(() -> this.mailServer.connections() == 2);
		});
	}

	@Test
	void healthShowsAStuckDeliveryUntilItIsCutOff() {
		runner().withPropertyValues("vigil.alerts.mail.delivery-timeout=6s").run((context) -> {
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			orders.error("Order 44 could not be placed");
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				Health health = health(context);
				assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
				assertThat(alerts(health).get("delivery").toString()).startsWith("stuck since ");
				assertThat(health.getDetails().get("reason").toString())
					.contains("An alert mail has been in delivery for more than 3s");
			});
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(alerts(health)).doesNotContainKey("delivery").containsEntry("failed", 1L);
			});
		});
	}

	private static Health health(AssertableApplicationContext context) {
		Health health = context.getBean("loggingHealthIndicator", HealthIndicator.class).health(true);
		assertThat(health).isNotNull();
		return health;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> alerts(Health health) {
		return (Map<String, Object>) health.getDetails().get("alerts");
	}

}
