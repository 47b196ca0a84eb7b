package dev.vigil.alerts.webhook;

import java.util.List;

import dev.vigil.alerts.AlertChannel;
import dev.vigil.alerts.AlertDispatcher;
import dev.vigil.alerts.AlertStats;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each HTTP channel exists only when switched on, and then only with a valid URL and limits; a
 * startup failure names the property and never shows the secret part of a URL.
 */
class WebhookAlertsAutoConfigurationTests {

	@Test
	void everyChannelIsOffByDefault() {
		WebhookChannels.runner()
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(AlertChannel.class)
				.doesNotHaveBean(AlertDispatcher.class));
	}

	@Test
	void eachEnabledChannelIsABeanFedByTheDispatcher() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true", "vigil.alerts.webhook.url=https://hooks.example.com/a",
					"vigil.alerts.slack.enabled=true", "vigil.alerts.slack.url=https://hooks.slack.com/services/T/B/X",
					"vigil.alerts.teams.enabled=true",
					"vigil.alerts.teams.url=https://prod.westeurope.logic.azure.com/workflows/1/triggers/manual/paths/invoke?sig=x")
			.run((context) -> {
				assertThat(context).hasBean("vigilWebhookAlertChannel")
					.hasBean("vigilSlackAlertChannel")
					.hasBean("vigilTeamsAlertChannel")
					.hasSingleBean(WebhookPayload.class)
					.hasSingleBean(AlertDispatcher.class);
				assertThat(context.getBean(AlertStats.class).getChannels()).containsOnlyKeys("webhook", "slack", "teams");
			});
	}

	@Test
	void oneChannelAloneStartsTheDispatcher() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.slack.enabled=true", "vigil.alerts.slack.url=https://hooks.slack.com/services/T/B/X")
			.run((context) -> {
				assertThat(context).hasSingleBean(AlertChannel.class).hasSingleBean(AlertDispatcher.class);
				assertThat(context.getBean(AlertChannel.class).name()).isEqualTo("slack");
			});
	}

	@Test
	void aChannelSwitchedOnWithoutSpringsRestClientFailsTheStartupNamingTheProperty() {
		WebhookChannels.runner()
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.withPropertyValues("vigil.alerts.teams.enabled=true", "vigil.alerts.teams.url=https://example.com/x")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = failure(context);
				assertThat(failure.getName()).isEqualTo("vigil.alerts.teams.enabled");
				assertThat(failure.getReason()).contains("RestClient", "spring-boot-starter-webmvc",
						"vigil.alerts.teams.enabled=false");
			});
	}

	@Test
	void withoutSpringsRestClientAndNoChannelSwitchedOnTheApplicationStarts() {
		WebhookChannels.runner()
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AlertChannel.class));
	}

	@Test
	void vigilEnabledFalseSwitchesThemOff() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.enabled=false", "vigil.alerts.slack.enabled=true",
					"vigil.alerts.slack.url=https://hooks.slack.com/services/T/B/X")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AlertChannel.class));
	}

	@Test
	void anEnabledChannelWithoutAUrlFailsNamingTheProperty() {
		for (String channel : List.of("webhook", "slack", "teams")) {
			WebhookChannels.runner()
				.withPropertyValues("vigil.alerts." + channel + ".enabled=true")
				.run((context) -> {
					InvalidConfigurationPropertyValueException failure = failure(context);
					assertThat(failure.getName()).isEqualTo("vigil.alerts." + channel + ".url");
					assertThat(failure.getReason()).contains("required when vigil.alerts." + channel + ".enabled=true");
				});
		}
	}

	@Test
	void aUrlThatIsNotHttpFailsWithoutShowingItsSecretPart() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.slack.enabled=true", "vigil.alerts.slack.url=ftp://hooks.example.com/T0/S3CR3T?k=K3Y")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = failure(context);
				assertThat(failure.getName()).isEqualTo("vigil.alerts.slack.url");
				assertThat(failure.getValue()).isEqualTo("ftp://hooks.example.com");
				assertThat(failure.getReason()).contains("http or https");
				assertThat(failure.getMessage()).doesNotContain("S3CR3T", "K3Y");
			});
	}

	@Test
	void aTimeoutThatIsNotPositiveFailsNamingTheProperty() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.teams.enabled=true", "vigil.alerts.teams.url=https://example.com/x",
					"vigil.alerts.teams.delivery-timeout=0s")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = failure(context);
				assertThat(failure.getName()).isEqualTo("vigil.alerts.teams.delivery-timeout");
				assertThat(failure.getReason()).isEqualTo("A positive duration is accepted.");
			});
	}

	@Test
	void aHeaderValueWithALineBreakFailsWithoutShowingTheValue() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true", "vigil.alerts.webhook.url=https://example.com/x",
					"vigil.alerts.webhook.headers.Authorization=Bearer T0KEN\r\nX-Injected: 1")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = failure(context);
				assertThat(failure.getName()).isEqualTo("vigil.alerts.webhook.headers.Authorization");
				assertThat(failure.getMessage()).doesNotContain("T0KEN");
			});
	}

	@Test
	void aHeaderTheHttpClientSetsItselfFailsNamingIt() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true", "vigil.alerts.webhook.url=https://example.com/x",
					"vigil.alerts.webhook.headers.Host=example.org")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = failure(context);
				assertThat(failure.getName()).isEqualTo("vigil.alerts.webhook.headers");
				assertThat(failure.getValue()).isEqualTo("Host");
			});
	}

	@Test
	void theChannelShowsOnlyTheSchemeAndHostOfItsUrl() {
		WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.slack.enabled=true",
					"vigil.alerts.slack.url=https://hooks.slack.com/services/T0/B0/S3CR3T")
			.run((context) -> {
				AlertChannel channel = context.getBean(AlertChannel.class);
				assertThat(channel).hasToString("WebhookAlertChannel[slack to https://hooks.slack.com]");
				assertThat(channel.describeStuckDelivery(java.time.Instant.EPOCH)).contains("https://hooks.slack.com")
					.doesNotContain("S3CR3T");
				assertThat(context.getBean(SlackAlertsProperties.class).toString()).doesNotContain("S3CR3T");
			});
	}

	private static InvalidConfigurationPropertyValueException failure(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable cause = context.getStartupFailure();
		while (!(cause instanceof InvalidConfigurationPropertyValueException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(InvalidConfigurationPropertyValueException.class);
		return (InvalidConfigurationPropertyValueException) cause;
	}

}
