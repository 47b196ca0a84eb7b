/**
 * Alert channels that POST to an HTTP endpoint: a generic webhook with a documented JSON
 * document, Slack (an incoming-webhook message with blocks) and Microsoft Teams (a Workflows
 * webhook carrying an Adaptive Card). Each is an {@link dev.vigil.alerts.AlertChannel} bean fed
 * by the {@link dev.vigil.alerts.AlertDispatcher}, switched on by its own
 * {@code vigil.alerts.<channel>.enabled}.
 */
@NullMarked
package dev.vigil.alerts.webhook;

import org.jspecify.annotations.NullMarked;
