package dev.vigil.alerts;

import dev.vigil.ConditionalOnVigilEnabled;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the e-mail channel of the alerts ({@link MailAlertChannel}), off unless
 * {@code vigil.alerts.mail.enabled=true}. Once enabled, a missing piece (the recipients, the mail
 * server, {@code spring-boot-starter-mail} itself) fails the startup with a report instead of
 * leaving the application silently without alerts. The {@link AlertDispatcher} that feeds it is
 * configured by {@link AlertsAutoConfiguration}, which also fails the startup when Logback is not
 * the logging system.
 *
 * @author Vigil
 */
@AutoConfiguration(afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty("vigil.alerts.mail.enabled")
@EnableConfigurationProperties(MailAlertsProperties.class)
@Import({ MailAlertsConfiguration.class, MailSupportMissingConfiguration.class })
public final class MailAlertsAutoConfiguration {

}
