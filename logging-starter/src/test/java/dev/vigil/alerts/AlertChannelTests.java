package dev.vigil.alerts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application's own {@link AlertChannel} bean: the dispatcher feeds it like the mail
 * channel, and counts its deliveries apart.
 */
class AlertChannelTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class,
					AlertsAutoConfiguration.class));

	@Test
	void anApplicationChannelReceivesAlertsWithMailDisabled() {
		RecordingChannel channel = new RecordingChannel("chat");
		this.runner.withBean(AlertChannel.class, () -> channel).run((context) -> {
			assertThat(context).hasSingleBean(AlertDispatcher.class).doesNotHaveBean(MailAlertChannel.class);
			orders.error("Order {} could not be placed", 42, new IllegalStateException("card declined"));
			await().until(() -> !channel.alerts.isEmpty());
			Alert alert = channel.alerts.get(0);
			assertThat(alert.level()).isEqualTo(LogLevel.ERROR);
			assertThat(alert.logger()).isEqualTo("com.example.shop.OrderService");
			assertThat(alert.message()).isEqualTo("Order 42 could not be placed");
			assertThat(alert.exception()).isEqualTo("java.lang.IllegalStateException: card declined");
			assertThat(alert.fingerprint()).matches("[0-9a-f]{12}");
			AlertStats stats = context.getBean(AlertStats.class);
			await().until(() -> stats.getChannels().get("chat").getSent() == 1);
			assertThat(stats.getChannels()).containsOnlyKeys("chat");
		});
	}

	@Test
	void twoChannelsOfTheSameNameFailTheStartup() {
		this.runner.withBean("chat", AlertChannel.class, () -> new RecordingChannel("chat"))
			.withBean("teamChat", AlertChannel.class, () -> new RecordingChannel("chat"))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new MailAlertsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("Two alert channels are named 'chat'");
				assertThat(analysis.getAction()).contains("AlertChannel#name()");
			});
	}

	@Test
	void withoutAnyChannelThereIsNoDispatcher() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(AlertDispatcher.class)
			.doesNotHaveBean(AlertStats.class));
	}

	@Test
	void aFailingChannelDoesNotKeepTheAlertFromTheMailChannel() {
		RecordingChannel failing = new RecordingChannel("webhook") {

			@Override
			public void send(Alert alert) {
				throw new IllegalStateException("webhook answered 503");
			}

		};
		this.runner.withBean(AlertChannel.class, () -> failing)
			.withPropertyValues("spring.mail.host=localhost", "spring.mail.port=" + greenMail.getSmtp().getPort(),
					"vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
					"vigil.alerts.mail.from=alerts@shop.example.com")
			.run((context) -> {
				orders.error("Order {} could not be placed", 43);
				await().until(() -> greenMail.getReceivedMessages().length == 1);
				AlertStats stats = context.getBean(AlertStats.class);
				await().until(() -> stats.getChannels().get("mail").getSent() == 1);
				ChannelStats webhook = stats.getChannels().get("webhook");
				assertThat(webhook.getSent()).isZero();
				assertThat(webhook.getFailed()).isEqualTo(1);
				assertThat(webhook.getLastFailure()).endsWith("IllegalStateException: webhook answered 503");
				assertThat(stats.getChannels().get("mail").getFailed()).isZero();
				assertThat(stats.getFailed()).isEqualTo(1);
				assertThat(stats.getSent()).isEqualTo(1);
			});
	}

	static class RecordingChannel implements AlertChannel {

		private final String name;

		final List<Alert> alerts = new CopyOnWriteArrayList<>();

		RecordingChannel(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public void send(Alert alert) {
			this.alerts.add(alert);
		}

		@Override
		public void send(AlertDigest digest) {
		}

	}

}
