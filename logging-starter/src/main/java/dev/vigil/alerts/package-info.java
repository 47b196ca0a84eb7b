/**
 * Alerts for ERROR logs: captured by a Logback appender without blocking the logging thread,
 * flood-controlled by the {@link dev.vigil.alerts.AlertDispatcher} on one background thread and
 * handed to every {@link dev.vigil.alerts.AlertChannel} bean; e-mail
 * ({@link dev.vigil.alerts.MailAlertChannel}) is the first channel.
 */
@NullMarked
package dev.vigil.alerts;

import org.jspecify.annotations.NullMarked;
