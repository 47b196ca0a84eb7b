package dev.vigil.alerts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alert rules on log content ({@code vigil.alerts.rules[n].*}), beside the default of every
 * event at or above {@code vigil.alerts.level} to every channel.
 */
class AlertRulesTests {

	private static final Logger payments = LoggerFactory.getLogger("com.example.payment.Gateway");

	private static final Logger stock = LoggerFactory.getLogger("com.example.shop.Stock");

	private final AlertChannelTests.RecordingChannel chat = new AlertChannelTests.RecordingChannel("chat");

	private final AlertChannelTests.RecordingChannel pager = new AlertChannelTests.RecordingChannel("pager");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class,
				AlertsAutoConfiguration.class))
		.withBean("chat", AlertChannel.class, () -> this.chat)
		.withBean("pager", AlertChannel.class, () -> this.pager)
		.withPropertyValues("vigil.alerts.max-per-hour=1000", "vigil.alerts.shutdown-timeout=200ms");

	@Test
	void aWarnOfThePaymentLoggerAlertsThroughARuleWhileOtherWarnsDoNot() {
		this.runner.withPropertyValues("vigil.alerts.rules[0].logger=com.example.payment",
				"vigil.alerts.rules[0].level=warn").run((context) -> {
					stock.warn("Stock of item 7 is low");
					payments.warn("Card of order 42 declined");
					await().until(() -> this.chat.alerts.size() == 1);
					Alert alert = this.chat.alerts.get(0);
					assertThat(alert.level()).isEqualTo(LogLevel.WARN);
					assertThat(alert.message()).isEqualTo("Card of order 42 declined");
					assertThat(alert.rule()).isEqualTo("rule 0");
					assertThat(messages(this.chat)).doesNotContain("Stock of item 7 is low");
					assertThat(messages(this.pager)).containsExactly("Card of order 42 declined");
				});
	}

	@Test
	void aMessagePatternChoosesTheEventsOfARule() {
		this.runner.withPropertyValues("vigil.alerts.rules[0].name=declined", "vigil.alerts.rules[0].level=warn",
				"vigil.alerts.rules[0].message=declined|refused").run((context) -> {
					payments.warn("Card of order 42 is slow to answer");
					payments.warn("Card of order 43 declined");
					await().until(() -> this.chat.alerts.size() == 1);
					assertThat(messages(this.chat)).containsExactly("Card of order 43 declined");
					assertThat(this.chat.alerts.get(0).rule()).isEqualTo("rule declined");
				});
	}

	@Test
	void aThresholdRuleAlertsOnceWhenTheNthMatchingEventArrivesWithinTheWindow() {
		this.runner.withPropertyValues("vigil.alerts.rules[0].name=payments", "vigil.alerts.rules[0].level=warn",
				"vigil.alerts.rules[0].logger=com.example.payment", "vigil.alerts.rules[0].threshold=5",
				"vigil.alerts.rules[0].window=1m", "vigil.alerts.rules[0].channels=pager").run((context) -> {
					for (int i = 1; i <= 4; i++) {
						payments.warn("Card of order {} declined", i);
					}
					marker("A");
					assertThat(messages(this.pager)).containsExactly("Marker A");
					payments.warn("Card of order {} declined", 5);
					marker("B");
					assertThat(messages(this.pager)).containsExactly("Marker A", "Card of order 5 declined", "Marker B");
					Alert alert = this.pager.alerts.get(1);
					assertThat(alert.rule()).isEqualTo("5 events matching rule payments in 1m");
					for (int i = 6; i <= 9; i++) {
						payments.warn("Card of order {} declined", i);
					}
					marker("C");
					assertThat(messages(this.pager)).containsExactly("Marker A", "Card of order 5 declined", "Marker B",
							"Marker C");
					assertThat(messages(this.chat)).containsExactly("Marker A", "Marker B", "Marker C");
				});
	}

	@Test
	void aRuleRoutedToOneChannelDoesNotReachAnother() {
		this.runner.withPropertyValues("vigil.alerts.rules[0].level=warn", "vigil.alerts.rules[0].channels=pager")
			.run((context) -> {
				stock.warn("Stock of item 7 is low");
				marker("A");
				assertThat(messages(this.pager)).containsExactly("Stock of item 7 is low", "Marker A");
				assertThat(messages(this.chat)).containsExactly("Marker A");
			});
	}

	@Test
	void anEventOfARuleAndOfTheDefaultAlertsOncePerChannel() {
		this.runner.withPropertyValues("vigil.alerts.rules[0].logger=com.example.payment",
				"vigil.alerts.rules[0].level=warn").run((context) -> {
					payments.error("Payment provider unreachable");
					marker("A");
					assertThat(messages(this.chat)).containsExactly("Payment provider unreachable", "Marker A");
					assertThat(messages(this.pager)).containsExactly("Payment provider unreachable", "Marker A");
				});
	}

	@Test
	void aBadMessagePatternFailsTheStartup() {
		assertStartupFailure("vigil.alerts.rules[0].message=([a-z]", "vigil.alerts.rules[0].message", "([a-z]",
				"regular expression");
	}

	@Test
	void anUnknownChannelFailsTheStartup() {
		assertStartupFailure("vigil.alerts.rules[0].channels=chat,slack", "vigil.alerts.rules[0].channels", "slack",
				"chat, pager");
	}

	@Test
	void aThresholdBelowOneFailsTheStartup() {
		assertStartupFailure("vigil.alerts.rules[0].threshold=0", "vigil.alerts.rules[0].threshold", "0",
				"a whole number from 1");
	}

	@Test
	void aWindowOfZeroFailsTheStartup() {
		assertStartupFailure("vigil.alerts.rules[0].window=0s", "vigil.alerts.rules[0].window", "PT0S",
				"longer than zero");
	}

	@Test
	void aThresholdWithoutAWindowFailsTheStartup() {
		assertStartupFailure("vigil.alerts.rules[1].threshold=5", "vigil.alerts.rules[1].window", "null",
				"required with vigil.alerts.rules[1].threshold");
	}

	private void assertStartupFailure(String property, String name, String value, String accepted) {
		this.runner.withPropertyValues("vigil.alerts.rules[0].level=warn", "vigil.alerts.rules[1].level=warn",
				property).run((context) -> {
					assertThat(context).hasFailed();
					assertThat(context.getStartupFailure()).rootCause()
						.isInstanceOf(InvalidConfigurationPropertyValueException.class)
						.hasMessageContaining(name)
						.hasMessageContaining("'" + value + "'")
						.hasMessageContaining(accepted);
				});
	}

	/**
	 * Logs an ERROR that the default sends to every channel and waits until both have it: each
	 * channel's alerts arrive in order, so what a channel has then is all it will get before it.
	 */
	private void marker(String name) {
		LoggerFactory.getLogger("com.example.marker." + name).error("Marker " + name);
		await().until(() -> messages(this.chat).contains("Marker " + name)
				&& messages(this.pager).contains("Marker " + name));
	}

	private static List<String> messages(AlertChannelTests.RecordingChannel channel) {
		return channel.alerts.stream().map(Alert::message).toList();
	}

}
