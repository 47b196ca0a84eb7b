package dev.vigil.alerts.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Microsoft Teams channel: every alert and digest as an Adaptive Card posted to a Teams
 * Workflows webhook ("Send webhook alerts to a channel"), whose URL is the credential.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.alerts.teams")
public class TeamsAlertsProperties extends HttpChannelProperties {

}
