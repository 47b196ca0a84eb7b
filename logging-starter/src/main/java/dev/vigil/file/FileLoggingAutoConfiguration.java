package dev.vigil.file;

import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.LogbackLoggingSystem;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the rotating app and error log files, and of the gauge
 * {@code vigil.log.disk.free} when the application has a {@code MeterRegistry}.
 * <p>
 * In an application started by {@code SpringApplication} the files are already attached by
 * {@link FileLoggingApplicationListener}, early enough to capture the startup lines; this
 * configuration attaches them in any other context (tests, plain contexts). It runs after the
 * metrics auto-configuration so that a {@code MeterRegistry} is known.
 *
 * @author Vigil
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnLogback
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty(name = "vigil.file.enabled", matchIfMissing = true)
@EnableConfigurationProperties(FileLoggingProperties.class)
@Import(FileLoggingAutoConfiguration.MetricsConfiguration.class)
public final class FileLoggingAutoConfiguration {

	@Bean(FileLoggingApplicationListener.BEAN_NAME)
	@ConditionalOnMissingBean
	RollingFiles vigilRollingFiles(FileLoggingProperties properties, Environment environment) {
		return RollingFiles.attach(properties,
				new LogFileEncoders(LogbackLoggingSystem.requiredContext(), properties, environment));
	}

	/**
	 * The free space of the log directory as a metric: here rather than with the health
	 * indicator, because it depends on the files and a registry only, not on actuator's health
	 * support or on {@code management.health.logging.enabled}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LogDiskMetrics vigilLogDiskMetrics(RollingFiles vigilRollingFiles) {
			return new LogDiskMetrics(vigilRollingFiles);
		}

	}

}
