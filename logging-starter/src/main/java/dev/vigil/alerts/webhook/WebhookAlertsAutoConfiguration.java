package dev.vigil.alerts.webhook;

import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.alerts.AlertsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the HTTP alert channels: the webhook ({@code vigil.alerts.webhook.*}),
 * Slack ({@code vigil.alerts.slack.*}) and Microsoft Teams ({@code vigil.alerts.teams.*}), each
 * off unless its own {@code enabled=true}, and then requiring its {@code url}. Each is an
 * {@code AlertChannel} bean, so it runs before {@link AlertsAutoConfiguration}, whose
 * dispatcher exists only with at least one channel. A channel needs Spring's {@code RestClient}
 * ({@code spring-web}) and Jackson 3: switched on without them, it fails the startup instead of
 * leaving the application silently without its alerts; so does a channel without Logback, through
 * the dispatcher's own check, which is why this configuration has no Logback condition.
 *
 * @author Vigil
 */
@AutoConfiguration(before = AlertsAutoConfiguration.class)
@ConditionalOnVigilEnabled
@EnableConfigurationProperties({ WebhookAlertsProperties.class, SlackAlertsProperties.class,
		TeamsAlertsProperties.class })
@Import({ HttpChannelsConfiguration.class, HttpSupportMissingConfiguration.class })
public final class WebhookAlertsAutoConfiguration {

}
