package dev.vigil.alerts.webhook;

import java.time.Clock;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The HTTP channels, each switched on by its own {@code enabled}, when Spring's
 * {@code RestClient} and Jackson 3 are on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ RestClient.class, JsonMapper.class })
class HttpChannelsConfiguration {

	static WebhookAlertChannel channel(String name, HttpChannelProperties properties, Map<String, String> headers,
			WebhookPayload payload) {
		ChannelTarget target = ChannelTarget.of("vigil.alerts." + name, properties, headers);
		HttpDelivery delivery = new HttpDelivery(name, target, properties, Clock.systemUTC());
		return new WebhookAlertChannel(name, payload, delivery, target, properties.getDeliveryTimeout());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("vigil.alerts.webhook.enabled")
	static class WebhookConfiguration {

		@Bean
		@ConditionalOnMissingBean
		WebhookPayload vigilWebhookPayload() {
			return new WebhookDocument(Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean(name = "vigilWebhookAlertChannel")
		WebhookAlertChannel vigilWebhookAlertChannel(WebhookAlertsProperties properties, WebhookPayload payload) {
			return channel("webhook", properties, properties.getHeaders(), payload);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("vigil.alerts.slack.enabled")
	static class SlackConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "vigilSlackAlertChannel")
		WebhookAlertChannel vigilSlackAlertChannel(SlackAlertsProperties properties) {
			return channel("slack", properties, Map.of(), new SlackMessage());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("vigil.alerts.teams.enabled")
	static class TeamsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "vigilTeamsAlertChannel")
		WebhookAlertChannel vigilTeamsAlertChannel(TeamsAlertsProperties properties) {
			return channel("teams", properties, Map.of(), new TeamsCard());
		}

	}

}
