package dev.vigil.file;

import java.nio.file.Path;

import dev.vigil.metrics.VigilMetricsAutoConfiguration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The gauge {@code vigil.log.disk.free}: the usable space of the log directory, in the
 * application's registry when it has one.
 */
class LogDiskMetricsTests {

	private static final long TOLERANCE = 256L * 1024 * 1024;

	@TempDir
	Path directory;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FileLoggingAutoConfiguration.class, VigilMetricsAutoConfiguration.class))
			.withPropertyValues("vigil.file.directory=" + this.directory);
	}

	@Test
	void reportsTheUsableSpaceOfTheLogDirectoryInBytes() {
		runner()
			.withConfiguration(
					AutoConfigurations.of(MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.run((context) -> {
				Gauge gauge = context.getBean(MeterRegistry.class).get(LogDiskMetrics.METER_NAME).gauge();
				assertThat(gauge.getId().getBaseUnit()).isEqualTo(BaseUnits.BYTES);
				assertThat(gauge.getId().getTag("path")).isEqualTo(this.directory.toAbsolutePath().toString());
				// other processes write to the same disk meanwhile
				assertThat(gauge.value()).isPositive()
					.isCloseTo(this.directory.toFile().getUsableSpace(), within((double) TOLERANCE));
			});
	}

	@Test
	void noGaugeWithoutAMeterRegistry() {
		runner().run((context) -> assertThat(context).hasSingleBean(RollingFiles.class)
			.doesNotHaveBean(LogDiskMetrics.class));
	}

	@Test
	void noGaugeWithoutMicrometer() {
		runner().withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(RollingFiles.class)
				.doesNotHaveBean(LogDiskMetrics.class));
	}

	@Test
	void noGaugeWithoutTheLogFiles() {
		runner().withPropertyValues("vigil.file.enabled=false")
			.withConfiguration(
					AutoConfigurations.of(MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(LogDiskMetrics.class);
				assertThat(context.getBean(MeterRegistry.class).find(LogDiskMetrics.METER_NAME).gauge()).isNull();
			});
	}

}
