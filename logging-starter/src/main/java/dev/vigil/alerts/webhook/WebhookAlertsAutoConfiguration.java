package dev.vigil.alerts.webhook;

import java.time.Clock;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.alerts.AlertsAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the HTTP alert channels: the webhook ({@code vigil.alerts.webhook.*}),
 * Slack ({@code vigil.alerts.slack.*}) and Microsoft Teams ({@code vigil.alerts.teams.*}), each
 * off unless its own {@code enabled=true}, and then requiring its {@code url}. Each is an
 * {@code AlertChannel} bean, so it runs before {@link AlertsAutoConfiguration}, whose
 * dispatcher exists only with at least one channel. Needs Spring's {@code RestClient}
 * ({@code spring-web}) and Jackson 3.
 *
 * @author Vigil
 */
@AutoConfiguration(before = AlertsAutoConfiguration.class)
@ConditionalOnClass({ LoggerContext.class, RestClient.class, JsonMapper.class })
@ConditionalOnVigilEnabled
@EnableConfigurationProperties({ WebhookAlertsProperties.class, SlackAlertsProperties.class,
		TeamsAlertsProperties.class })
public final class WebhookAlertsAutoConfiguration {

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
