package dev.vigil.alerts.webhook;

import dev.vigil.alerts.AlertsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * An application with the HTTP alert channels and the real dispatcher, as the tests of this
 * package start it.
 */
final class WebhookChannels {

	private WebhookChannels() {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(
				AutoConfigurations.of(WebhookAlertsAutoConfiguration.class, AlertsAutoConfiguration.class));
	}

}
