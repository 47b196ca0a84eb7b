package dev.vigil.alerts;

import java.time.Clock;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.ErrorFingerprint;
import dev.vigil.LogbackLoggingSystem;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@link AlertDispatcher}, when there is at least one
 * {@link AlertChannel} bean: Vigil's mail channel ({@code vigil.alerts.mail.enabled=true}) or
 * one of the application. The dispatcher is an appender, so it exists only when Logback is the
 * logging system; a channel without it fails the startup. The counter {@code vigil.alerts} is bound
 * by {@code VigilMetricsAutoConfiguration}.
 *
 * @author Vigil
 */
@AutoConfiguration(after = MailAlertsAutoConfiguration.class)
@ConditionalOnVigilEnabled
@ConditionalOnBean(AlertChannel.class)
@EnableConfigurationProperties({ AlertsProperties.class, MailAlertsProperties.class })
@Import(LogbackMissingConfiguration.class)
public final class AlertsAutoConfiguration {

	/**
	 * The dispatcher is not replaceable: the channels are the seam, as Spring Boot binds every
	 * {@code MeterBinder} bean with a {@code MeterRegistryPostProcessor} of its own that an
	 * application does not replace.
	 */
	@Bean
	@ConditionalOnLogback
	AlertDispatcher vigilAlertDispatcher(AlertsProperties properties, MailAlertsProperties mailProperties,
			List<AlertChannel> channels, ObjectProvider<ErrorFingerprint> fingerprints, BeanFactory beanFactory,
			Environment environment) {
		AlertSettings settings = AlertSettings.of(properties, mailProperties).validate();
		AlertOrigin origin = AlertOrigin.of(environment, properties);
		LoggerContext context = LogbackLoggingSystem.requiredContext();
		ErrorFingerprint fingerprint = fingerprints.getIfAvailable(() -> ErrorFingerprint.forApplication(beanFactory));
		return AlertDispatcher.start(settings, properties.getRules(), channels, fingerprint, origin, context,
				Clock.systemDefaultZone());
	}

	@Bean
	@ConditionalOnLogback
	AlertStats vigilAlertStats(AlertDispatcher dispatcher) {
		return dispatcher.getStats();
	}

}
