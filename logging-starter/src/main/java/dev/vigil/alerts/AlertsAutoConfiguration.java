package dev.vigil.alerts;

import java.time.Clock;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.ErrorFingerprint;
import dev.vigil.LogbackLoggingSystem;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@link AlertDispatcher}, when there is at least one
 * {@link AlertChannel} bean: Vigil's mail channel ({@code vigil.alerts.mail.enabled=true}) or
 * one of the application.
 *
 * @author Vigil
 */
@AutoConfiguration(after = MailAlertsAutoConfiguration.class)
@ConditionalOnClass(LoggerContext.class)
@ConditionalOnVigilEnabled
@ConditionalOnBean(AlertChannel.class)
@EnableConfigurationProperties({ AlertsProperties.class, MailAlertsProperties.class })
public final class AlertsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AlertDispatcher vigilAlertDispatcher(AlertsProperties properties, MailAlertsProperties mailProperties,
			List<AlertChannel> channels, ObjectProvider<ErrorFingerprint> fingerprints, BeanFactory beanFactory,
			Environment environment) {
		AlertSettings settings = AlertSettings.of(properties, mailProperties).validate();
		AlertOrigin origin = AlertOrigin.of(environment, properties);
		LoggerContext context = LogbackLoggingSystem.context();
		if (context == null) {
			throw new MailAlertsConfigurationException(
					"Alerts are enabled (vigil.alerts.mail.enabled=true or an AlertChannel bean) but Logback is "
							+ "not the application's logging system.",
					"Use Logback (Spring Boot's default), or set vigil.alerts.mail.enabled=false and remove the "
							+ "application's AlertChannel beans.");
		}
		ErrorFingerprint fingerprint = fingerprints.getIfAvailable(() -> ErrorFingerprint.forApplication(beanFactory));
		return AlertDispatcher.start(settings, channels, fingerprint, origin, context,
				Clock.systemDefaultZone());
	}

	@Bean
	@ConditionalOnMissingBean
	AlertStats vigilAlertStats(AlertDispatcher dispatcher) {
		return dispatcher.getStats();
	}

}
