package dev.vigil.health;

import java.nio.file.Path;

import dev.vigil.file.FileLoggingAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the conditions of {@link LoggingHealthAutoConfiguration}.
 */
class LoggingHealthAutoConfigurationTests {

	@TempDir
	Path logs;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(FileLoggingAutoConfiguration.class, LoggingHealthAutoConfiguration.class))
			.withPropertyValues("vigil.file.directory=" + this.logs);
	}

	@Test
	void contributesTheLoggingIndicatorWhenHealthSupportIsPresent() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(LoggingHealthIndicator.class).hasBean("loggingHealthIndicator");
			assertThat(context).hasSingleBean(ErrorRateCounter.class);
		});
	}

	@Test
	void backsOffWithoutHealthSupport() {
		runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LoggingHealthIndicator.class)
				.doesNotHaveBean(ErrorRateCounter.class));
	}

	@Test
	void backsOffWithoutLogback() {
		runner().withClassLoader(new FilteredClassLoader("ch.qos.logback.classic"))
			.run((context) -> assertThat(context).doesNotHaveBean(LoggingHealthIndicator.class)
				.doesNotHaveBean(ErrorRateCounter.class));
	}

	@Test
	void backsOffWhenTheIndicatorIsDisabled() {
		runner().withPropertyValues("management.health.logging.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LoggingHealthIndicator.class));
	}

	@Test
	void backsOffWhenHealthIndicatorsAreDisabledByDefault() {
		runner().withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LoggingHealthIndicator.class));
	}

	@Test
	void backsOffWhenVigilIsDisabled() {
		runner().withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LoggingHealthIndicator.class)
				.doesNotHaveBean(ErrorRateCounter.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnLoggingIndicator() {
		runner().withBean("loggingHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean(LoggingHealthIndicator.class));
	}

	@Test
	void withoutLogFilesReportsErrorRateAndAlertsOnly() {
		runner().withPropertyValues("vigil.file.enabled=false").run((context) -> {
			Health health = context.getBean(LoggingHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsKeys("errorsLastMinute", "errorsLast15Minutes", "alerts")
				.doesNotContainKeys("directory", "freeBytes", "appLogBytes", "errorLogBytes");
		});
	}

}
