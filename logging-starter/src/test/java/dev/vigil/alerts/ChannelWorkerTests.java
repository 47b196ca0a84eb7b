package dev.vigil.alerts;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each channel delivers on a worker thread of its own: a channel whose server hangs delays
 * neither the other channels nor the application, and a full queue of one channel loses
 * alerts of that channel only.
 */
class ChannelWorkerTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Duration IN_TIME = Duration.ofSeconds(5);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class,
				AlertsAutoConfiguration.class))
		.withPropertyValues("vigil.alerts.max-per-hour=1000", "vigil.alerts.shutdown-timeout=200ms");

	@Test
	void aHungChannelDoesNotDelayTheOtherChannels() {
		try (HungChannel hung = new HungChannel("webhook")) {
			AlertChannelTests.RecordingChannel recording = new AlertChannelTests.RecordingChannel("chat");
			this.runner.withBean("hung", AlertChannel.class, () -> hung)
				.withBean("recording", AlertChannel.class, () -> recording)
				.run((context) -> {
					for (int i = 0; i < 5; i++) {
						LoggerFactory.getLogger("com.example.shop.Module" + i).error("Module failed");
					}
					await().atMost(IN_TIME).until(() -> recording.alerts.size() == 5);
					assertThat(hung.started).hasValue(1);
				});
		}
	}

	@Test
	void aHungChannelDoesNotDelayTheMail() {
		try (HungChannel hung = new HungChannel("webhook")) {
			this.runner.withBean("hung", AlertChannel.class, () -> hung)
				.withPropertyValues("spring.mail.host=localhost", "spring.mail.port=" + greenMail.getSmtp().getPort(),
						"vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
						"vigil.alerts.mail.from=alerts@shop.example.com")
				.run((context) -> {
					LoggerFactory.getLogger("com.example.shop.Payments").error("Payment provider unreachable");
					LoggerFactory.getLogger("com.example.shop.Stock").error("Stock is negative");
					await().atMost(IN_TIME).until(() -> greenMail.getReceivedMessages().length == 2);
					AlertStats stats = context.getBean(AlertStats.class);
					await().atMost(IN_TIME).until(() -> stats.getChannels().get("mail").getSent() == 2);
					assertThat(stats.getChannels().get("webhook").getDelivery()).startsWith("sending since ");
				});
		}
	}

	@Test
	void aFullChannelQueueDropsForThatChannelOnly() {
		try (HungChannel hung = new HungChannel("webhook")) {
			AlertChannelTests.RecordingChannel recording = new AlertChannelTests.RecordingChannel("chat");
			this.runner.withBean("hung", AlertChannel.class, () -> hung)
				.withBean("recording", AlertChannel.class, () -> recording)
				.withPropertyValues("vigil.alerts.queue-capacity=5")
				.run((context) -> {
					AlertStats stats = context.getBean(AlertStats.class);
					for (int i = 0; i < 20; i++) {
						LoggerFactory.getLogger("com.example.shop.Module" + i).error("Module failed");
						// one at a time, so that the dispatcher's own queue never fills up
						int handed = i + 1;
						await().atMost(IN_TIME).until(() -> recording.alerts.size() == handed);
					}
					ChannelStats webhook = stats.getChannels().get("webhook");
					// one in delivery, five waiting: the other fourteen are lost for this channel
					assertThat(webhook.getDropped()).isEqualTo(14);
					assertThat(stats.getChannels().get("chat").getDropped()).isZero();
					assertThat(stats.getDropped()).isEqualTo(14);
				});
		}
	}

}
