package dev.vigil.tracing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the conditions of {@link TracingAutoConfiguration}, without Spring Boot's
 * OpenTelemetry support on the classpath (the application's {@link OpenTelemetry} bean is
 * OpenTelemetry's no-op), and for an application without any tracing library.
 */
class TracingAutoConfigurationTests {

	@TempDir
	Path logs;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TracingAutoConfiguration.class));
	}

	@Test
	void installsTheAppenderOnTheRootLoggerAndTakesItOffAtClose() {
		runner().withUserConfiguration(OpenTelemetryConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(OtlpLogAppenderInstaller.class);
			assertThat(root().getAppender(TracedLogAppender.NAME)).isInstanceOf(TracedLogAppender.class)
				.matches((appender) -> appender.isStarted());
		});
		assertThat(root().getAppender(TracedLogAppender.NAME)).isNull();
	}

	@Test
	void exportsTheRequestLinesThatVigilsFilesTakeForThemselves() {
		Logger requestLines = logbackContext().getLogger(OtlpLogAppenderInstaller.REQUEST_LINES);
		requestLines.setAdditive(false);
		try {
			runner().withUserConfiguration(OpenTelemetryConfiguration.class)
				.run((context) -> assertThat(requestLines.getAppender(TracedLogAppender.NAME)).isNotNull());
			assertThat(requestLines.getAppender(TracedLogAppender.NAME)).isNull();
		}
		finally {
			requestLines.setAdditive(true);
		}
	}

	@Test
	void backsOffWithoutAnOpenTelemetryBean() {
		runner().run((context) -> {
			assertThat(context).doesNotHaveBean(OtlpLogAppenderInstaller.class);
			assertThat(root().getAppender(TracedLogAppender.NAME)).isNull();
		});
	}

	@Test
	void backsOffWithoutOpenTelemetrysLogbackAppender() {
		runner().withUserConfiguration(OpenTelemetryConfiguration.class)
			.withClassLoader(new FilteredClassLoader(OpenTelemetryAppender.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OtlpLogAppenderInstaller.class));
	}

	@Test
	void backsOffWhenSwitchedOff() {
		runner().withUserConfiguration(OpenTelemetryConfiguration.class)
			.withPropertyValues("vigil.tracing.otlp-logs.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(OtlpLogAppenderInstaller.class);
				assertThat(root().getAppender(TracedLogAppender.NAME)).isNull();
			});
	}

	@Test
	void backsOffWithVigilSwitchedOff() {
		runner().withUserConfiguration(OpenTelemetryConfiguration.class)
			.withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OtlpLogAppenderInstaller.class));
	}

	@Test
	void anApplicationsOwnOpenTelemetryAppenderIsKeptAndNoSecondOneAdded() {
		OpenTelemetryAppender own = new OpenTelemetryAppender();
		own.setContext(logbackContext());
		own.setName("OTEL");
		own.start();
		root().addAppender(own);
		try {
			runner().withUserConfiguration(OpenTelemetryConfiguration.class)
				.run((context) -> assertThat(root().getAppender(TracedLogAppender.NAME)).isNull());
			assertThat(root().getAppender("OTEL")).isSameAs(own);
		}
		finally {
			root().detachAppender(own);
			own.stop();
		}
	}

	@Test
	void withoutAnyTracingLibraryVigilDefinesTheSameBeans() {
		ApplicationContextRunner vigil = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(vigilAutoConfigurations()))
			.withPropertyValues("vigil.file.directory=" + this.logs);
		vigil.run((withOpenTelemetryApi) -> vigil
			.withClassLoader(new FilteredClassLoader("io.opentelemetry", "io.micrometer.tracing"))
			.run((withoutTracing) -> {
				assertThat(withoutTracing).hasNotFailed().doesNotHaveBean(TracingProperties.class);
				assertThat(root().getAppender(TracedLogAppender.NAME)).isNull();
				assertThat(withoutTracing.getBeanDefinitionNames())
					.containsExactlyInAnyOrder(withOpenTelemetryApi.getBeanDefinitionNames());
			}));
	}

	private static Class<?>[] vigilAutoConfigurations() {
		List<Class<?>> classes = ImportCandidates
			.load(AutoConfiguration.class, TracingAutoConfigurationTests.class.getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> name.startsWith("dev.vigil."))
			.<Class<?>>map(TracingAutoConfigurationTests::load)
			.toList();
		assertThat(classes).contains(TracingAutoConfiguration.class);
		return classes.toArray(Class<?>[]::new);
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LoggerContext logbackContext() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}

	private static Logger root() {
		return logbackContext().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	@Configuration(proxyBeanMethods = false)
	static class OpenTelemetryConfiguration {

		@Bean
		OpenTelemetry openTelemetry() {
			return OpenTelemetry.noop();
		}

	}

}
