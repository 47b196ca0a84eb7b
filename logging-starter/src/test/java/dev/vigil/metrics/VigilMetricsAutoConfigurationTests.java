package dev.vigil.metrics;

import java.nio.file.Path;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertChannel;
import dev.vigil.alerts.AlertDigest;
import dev.vigil.alerts.AlertMetrics;
import dev.vigil.alerts.AlertsAutoConfiguration;
import dev.vigil.errors.ErrorCounter;
import dev.vigil.errors.ErrorHandlingAutoConfiguration;
import dev.vigil.errors.ErrorPipelineAutoConfiguration;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.LogDiskMetrics;
import dev.vigil.requests.RequestLogAutoConfiguration;
import dev.vigil.requests.SlowRequestCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature's meters are in the application's registry when that feature exists, and only
 * then: {@code vigil.log.disk.free} with the log files, {@code vigil.requests.slow} with request
 * logging, {@code vigil.errors} with error handling, {@code vigil.alerts} with alerts.
 */
class VigilMetricsAutoConfigurationTests {

	private static final AutoConfigurations FEATURES = AutoConfigurations.of(FileLoggingAutoConfiguration.class,
			RequestLogAutoConfiguration.class, ErrorPipelineAutoConfiguration.class,
			ErrorHandlingAutoConfiguration.class, AlertsAutoConfiguration.class, WebMvcAutoConfiguration.class,
			ErrorMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			VigilMetricsAutoConfiguration.class);

	private static final AutoConfigurations REGISTRY = AutoConfigurations.of(MetricsAutoConfiguration.class,
			SimpleMetricsExportAutoConfiguration.class);

	@TempDir
	Path directory;

	private WebApplicationContextRunner runner() {
		return new WebApplicationContextRunner().withConfiguration(FEATURES)
			.withBean(AlertChannel.class, SilentChannel::new)
			.withPropertyValues("vigil.file.directory=" + this.directory);
	}

	@Test
	void bindsTheMetersOfEveryFeatureToTheApplicationsRegistry() {
		runner().withConfiguration(REGISTRY).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("vigil.log.disk.free").gauge()).isNotNull();
			assertThat(registry.find("vigil.requests.slow").counter()).isNotNull();
			// sent, failed and dropped of the one channel; suppressed and dropped before a channel (channel=none)
			assertThat(registry.find("vigil.alerts").functionCounters()).hasSize(5);
			LoggerFactory.getLogger("com.example.PaymentJob").error("Payment {} failed", 42);
			assertThat(registry.find("vigil.errors").tag("status", "none").counter()).isNotNull()
				.satisfies((counter) -> assertThat(counter.count()).isOne());
		});
	}

	@Test
	void bindsNoMeterWithoutARegistry() {
		runner().run((context) -> {
			assertThat(context).hasNotFailed().hasBean("vigilRollingFiles").hasBean("vigilRequestLogFilter")
				.hasBean("errorRegistry").hasBean("vigilAlertStats");
			assertNoMeterBeans(context);
		});
	}

	@Test
	void bindsNoMeterWithoutMicrometer() {
		runner().withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean("vigilRollingFiles");
				assertNoMeterBeans(context);
			});
	}

	@Test
	void bindsNoMeterWhenVigilIsOff() {
		runner().withConfiguration(REGISTRY).withPropertyValues("vigil.enabled=false").run((context) -> {
			assertNoMeterBeans(context);
			assertThat(context.getBean(MeterRegistry.class).find("vigil.log.disk.free").meters()).isEmpty();
		});
	}

	@Test
	void noDiskGaugeWithoutTheLogFiles() {
		runner().withConfiguration(REGISTRY).withPropertyValues("vigil.file.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(LogDiskMetrics.class).hasSingleBean(SlowRequestCounter.class);
			assertThat(context.getBean(MeterRegistry.class).find("vigil.log.disk.free").meters()).isEmpty();
		});
	}

	@Test
	void noSlowRequestCounterWithoutRequestLogging() {
		runner().withConfiguration(REGISTRY).withPropertyValues("vigil.requests.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SlowRequestCounter.class).hasSingleBean(LogDiskMetrics.class);
			assertThat(context.getBean(MeterRegistry.class).find("vigil.requests.slow").meters()).isEmpty();
		});
	}

	@Test
	void noErrorCounterWithoutErrorHandling() {
		runner().withConfiguration(REGISTRY).withPropertyValues("vigil.errors.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(ErrorCounter.class)
				.doesNotHaveBean("vigilErrorCounterListener")
				.hasSingleBean(SlowRequestCounter.class);
			LoggerFactory.getLogger("com.example.PaymentJob").error("Payment {} failed", 42);
			assertThat(context.getBean(MeterRegistry.class).find("vigil.errors").meters()).isEmpty();
		});
	}

	@Test
	void noAlertCounterWithoutAnAlertChannel() {
		new WebApplicationContextRunner().withConfiguration(FEATURES)
			.withConfiguration(REGISTRY)
			.withPropertyValues("vigil.file.directory=" + this.directory)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(AlertMetrics.class).hasSingleBean(LogDiskMetrics.class);
				assertThat(context.getBean(MeterRegistry.class).find("vigil.alerts").meters()).isEmpty();
			});
	}

	private static void assertNoMeterBeans(AssertableWebApplicationContext context) {
		assertThat(context).doesNotHaveBean(LogDiskMetrics.class)
			.doesNotHaveBean(SlowRequestCounter.class)
			.doesNotHaveBean(ErrorCounter.class)
			.doesNotHaveBean("vigilErrorCounterListener")
			.doesNotHaveBean(AlertMetrics.class);
	}

	/**
	 * An application's channel, so that alerts exist without a mail server.
	 */
	static class SilentChannel implements AlertChannel {

		@Override
		public String name() {
			return "silent";
		}

		@Override
		public void send(Alert alert) {
		}

		@Override
		public void send(AlertDigest digest) {
		}

	}

}
