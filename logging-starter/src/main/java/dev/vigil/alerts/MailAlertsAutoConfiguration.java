package dev.vigil.alerts;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ConditionalOnVigilEnabled;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of e-mail alerts for ERROR logs, off unless
 * {@code vigil.alerts.mail.enabled=true}. Once enabled, a missing piece (the recipients, the mail
 * server, {@code spring-boot-starter-mail} itself) fails the startup with a report instead of
 * leaving the application silently without alerts. With a {@code MeterRegistry}, the outcomes
 * of the alerts are the counter {@code vigil.alerts}; this runs after the metrics
 * auto-configuration so that the registry is known.
 *
 * @author Vigil
 */
@AutoConfiguration(afterName = { "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(LoggerContext.class)
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty("vigil.alerts.mail.enabled")
@EnableConfigurationProperties(MailAlertsProperties.class)
@Import({ MailAlertsConfiguration.class, MailSupportMissingConfiguration.class })
public final class MailAlertsAutoConfiguration {

}
