package dev.vigil.alerts.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Slack channel: every alert and digest as a message to a Slack incoming webhook, whose
 * URL is the credential.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.alerts.slack")
public class SlackAlertsProperties extends HttpChannelProperties {

}
