package dev.vigil.health;

import java.time.Clock;

import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.AlertsAutoConfiguration;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.RollingFiles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code logging} health indicator, when Spring Boot's health support
 * (actuator) is on the classpath. Switch it off with {@code management.health.logging.enabled=false}.
 * <p>
 * Without Vigil's log files ({@code vigil.file.enabled=false}) the indicator still reports the
 * error rate and the alerts, without the directory checks.
 *
 * @author Vigil
 */
@AutoConfiguration(before = HealthContributorAutoConfiguration.class,
		after = { FileLoggingAutoConfiguration.class, AlertsAutoConfiguration.class })
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnLogback
@ConditionalOnVigilEnabled
@ConditionalOnEnabledHealthIndicator("logging")
@EnableConfigurationProperties(LoggingHealthProperties.class)
public final class LoggingHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorRateCounter vigilErrorRateCounter() {
		return new ErrorRateCounter(Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean(name = "loggingHealthIndicator")
	LoggingHealthIndicator loggingHealthIndicator(ObjectProvider<RollingFiles> files, ErrorRateCounter errors,
			ObjectProvider<AlertStats> alerts, LoggingHealthProperties properties) {
		return new LoggingHealthIndicator(files.getIfAvailable(), errors, alerts.getIfAvailable(), properties);
	}

}
