package dev.vigil.alerts;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.alerts.webhook.WebhookAlertsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts need Logback as the logging system: without it there is no dispatcher, and a channel
 * that is switched on fails the startup with a report rather than never alerting.
 */
class AlertsWithoutLogbackTests {

	private final ApplicationContextRunner withoutLogback = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class,
				AlertsAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(LoggerContext.class));

	@Test
	void mailAlertsWithoutLogbackFailTheStartup() {
		this.withoutLogback
			.withPropertyValues("vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
					"vigil.alerts.mail.from=alerts@shop.example.com", "spring.mail.host=localhost")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription())
					.contains("Alerts are enabled (vigil.alerts.mail.enabled=true or an AlertChannel bean)")
					.contains("Logback is not the application's logging system");
				assertThat(analysis.getAction()).contains("vigil.alerts.mail.enabled=false");
			});
	}

	@Test
	void anApplicationChannelWithoutLogbackFailsTheStartup() {
		this.withoutLogback.withBean(AlertChannel.class, () -> new AlertChannelTests.RecordingChannel("chat"))
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("Logback is not the application's logging system"));
	}

	@Test
	void aSlackChannelWithoutLogbackFailsTheStartup() {
		this.withoutLogback.withConfiguration(AutoConfigurations.of(WebhookAlertsAutoConfiguration.class))
			.withPropertyValues("vigil.alerts.slack.enabled=true", "vigil.alerts.slack.url=https://hooks.example.com/x")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("Logback is not the application's logging system"));
	}

	@Test
	void withoutLogbackAndWithoutChannelsNothingHappens() {
		this.withoutLogback.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(AlertDispatcher.class)
			.doesNotHaveBean(AlertStats.class));
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new MailAlertsFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
