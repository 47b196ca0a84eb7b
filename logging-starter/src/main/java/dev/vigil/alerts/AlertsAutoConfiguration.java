package dev.vigil.alerts;

import java.time.Clock;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.LogbackLoggingSystem;
import dev.vigil.errors.ErrorFingerprint;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@link AlertDispatcher}, when there is at least one
 * {@link AlertChannel} bean: Vigil's mail channel ({@code vigil.alerts.mail.enabled=true}) or
 * one of the application. The dispatcher is an appender, so it exists only when Logback is the
 * logging system; a channel without it fails the startup. With a {@code MeterRegistry}, the
 * outcomes of the alerts are the counter {@code vigil.alerts}; this runs after the metrics
 * auto-configuration so that the registry is known.
 *
 * @author Vigil
 */
@AutoConfiguration(after = MailAlertsAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
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

	/**
	 * The outcomes of the alerts as the counter {@code vigil.alerts}, bound to the registry by
	 * Spring Boot's metrics support like its own meter binders.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AlertMetrics vigilAlertMetrics(AlertStats vigilAlertStats) {
			return new AlertMetrics(vigilAlertStats);
		}

	}

}
