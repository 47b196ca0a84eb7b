package dev.vigil.tracing;

import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of log export over OTLP: when OpenTelemetry's Logback appender
 * ({@code io.opentelemetry.instrumentation:opentelemetry-logback-appender-1.0}) is on the
 * classpath and the application has an {@link OpenTelemetry} bean (Spring Boot's, with
 * {@code spring-boot-starter-opentelemetry}), installs the appender on the root logger, the
 * glue code Spring Boot leaves to the application. Switch it off with
 * {@code vigil.tracing.otlp-logs.enabled=false}.
 *
 * @author Vigil
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.opentelemetry.autoconfigure.logging.OpenTelemetryLoggingAutoConfiguration")
@ConditionalOnClass({ OpenTelemetryAppender.class, OpenTelemetry.class })
@ConditionalOnBean(OpenTelemetry.class)
@ConditionalOnLogback
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty(name = "vigil.tracing.otlp-logs.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TracingProperties.class)
public final class TracingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OtlpLogAppenderInstaller vigilOtlpLogAppenderInstaller(OpenTelemetry openTelemetry) {
		return new OtlpLogAppenderInstaller(openTelemetry);
	}

}
