package dev.vigil.metrics;

import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.alerts.AlertMetrics;
import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.AlertsAutoConfiguration;
import dev.vigil.errors.ErrorCounter;
import dev.vigil.errors.ErrorEventListener;
import dev.vigil.errors.ErrorHandlingAutoConfiguration;
import dev.vigil.errors.ErrorHandlingProperties;
import dev.vigil.errors.MicrometerErrorCounter;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.LogDiskMetrics;
import dev.vigil.file.RollingFiles;
import dev.vigil.requests.MicrometerSlowRequestCounter;
import dev.vigil.requests.RequestLogAutoConfiguration;
import dev.vigil.requests.RequestLogProperties;
import dev.vigil.requests.SlowRequestCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of Vigil's meters in the application's {@code MeterRegistry}, each
 * when its feature exists: the gauge {@code vigil.log.disk.free} with the log files, the
 * counter {@code vigil.requests.slow} with request logging, the counter {@code vigil.errors}
 * with error handling and the counter {@code vigil.alerts} with alerts.
 * <p>
 * Runs after the metrics auto-configuration, so that a {@code MeterRegistry} is known, and
 * after the features, so that their beans are.
 *
 * @author Vigil
 */
@AutoConfiguration(
		after = { FileLoggingAutoConfiguration.class, RequestLogAutoConfiguration.class,
				ErrorHandlingAutoConfiguration.class, AlertsAutoConfiguration.class },
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnVigilEnabled
@Import({ VigilMetricsAutoConfiguration.LogFileMetricsConfiguration.class,
		VigilMetricsAutoConfiguration.RequestMetricsConfiguration.class,
		VigilMetricsAutoConfiguration.ErrorMetricsConfiguration.class,
		VigilMetricsAutoConfiguration.AlertMetricsConfiguration.class })
public final class VigilMetricsAutoConfiguration {

	/**
	 * The free space of the log directory: with the files and a registry only, not with
	 * actuator's health support or {@code management.health.logging.enabled}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(RollingFiles.class)
	static class LogFileMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LogDiskMetrics vigilLogDiskMetrics(RollingFiles vigilRollingFiles) {
			return new LogDiskMetrics(vigilRollingFiles);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(RequestLogProperties.class)
	static class RequestMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SlowRequestCounter vigilSlowRequestCounter(MeterRegistry meterRegistry) {
			return new MicrometerSlowRequestCounter(meterRegistry);
		}

	}

	/**
	 * Error responses (counted by error handling) and ERROR events (counted as one more
	 * listener of the ERROR event pipeline).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ErrorHandlingProperties.class)
	static class ErrorMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ErrorCounter vigilErrorCounter(MeterRegistry meterRegistry, ErrorHandlingProperties properties) {
			int maxFingerprints = properties.getMetrics().getMaxFingerprints();
			if (maxFingerprints < 1) {
				throw new InvalidConfigurationPropertyValueException("vigil.errors.metrics.max-fingerprints",
						maxFingerprints, "Accepted: a whole number of fingerprints, 1 or more, such as 100.");
			}
			return new MicrometerErrorCounter(meterRegistry, maxFingerprints);
		}

		@Bean
		ErrorEventListener vigilErrorCounterListener(ErrorCounter vigilErrorCounter) {
			return (event) -> vigilErrorCounter.increment(event.exceptionName(), event.fingerprint(),
					(event.request() != null) ? Integer.toString(event.request().status()) : ErrorCounter.NO_STATUS);
		}

	}

	/**
	 * The outcomes of the alerts, bound to the registry by Spring Boot's metrics support like
	 * its own meter binders.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(AlertStats.class)
	static class AlertMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AlertMetrics vigilAlertMetrics(AlertStats vigilAlertStats) {
			return new AlertMetrics(vigilAlertStats);
		}

	}

}
