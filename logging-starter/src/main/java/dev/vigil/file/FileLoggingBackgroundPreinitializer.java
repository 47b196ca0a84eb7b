package dev.vigil.file;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.util.FileSize;
import dev.vigil.config.Preinitialization;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.util.ClassUtils;

/**
 * Loads the classes that opening the log files needs (Logback's rolling appender, Vigil's file
 * stream, the pattern layout, the scheduled executor of the timed flush, Vigil's own), reads
 * its bean classes as Spring will and binds the file properties once on Spring Boot's
 * background preinitialization thread, while the main thread is still preparing the
 * environment, so that {@link FileLoggingApplicationListener} does not wait for them. Spring Boot runs it only on a
 * machine with more than one CPU and not with
 * {@code -Dspring.backgroundpreinitializer.ignore=true}.
 */
class FileLoggingBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";

	@Override
	public void preinitialize() throws ClassNotFoundException {
		ClassLoader classLoader = getClass().getClassLoader();
		Preinitialization.initialize(classLoader, FilePropertiesValidator.class, LogFileEncoders.class,
				BatchedFileAppender.class, NumberedBackups.class, RollingFileAppender.class, FileAppenders.class,
				LogFileStream.class, FileCreator.class, FileSize.class, PatternLayout.class, EscapingConverters.class,
				ThresholdFilter.class);
		Preinitialization.introspectBeanClasses(classLoader, FileLoggingAutoConfiguration.class, RollingFiles.class,
				FileLoggingProperties.class);
		if (ClassUtils.isPresent(MICROMETER, classLoader)) {
			Preinitialization.introspectBeanClasses(classLoader,
					FileLoggingAutoConfiguration.MetricsConfiguration.class, LogDiskMetrics.class);
		}
		// the first binding of these properties sets up Spring Boot's shared conversion service
		// and the converters of sizes, durations and charsets: done here once, ahead of the
		// listener's binding
		Preinitialization.bind("vigil.file", FileLoggingProperties.class, Map.of("vigil.file.app.max-size", "2MB",
				"vigil.file.flush-interval", "1s", "vigil.file.charset", "UTF-8", "vigil.file.format", "text"));
		// the classes of the scheduled executor behind the timed flush (its queue, tasks and
		// worker; the task's first use links VarHandles): a task that does nothing, on a
		// thread that ends with it
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
		executor.scheduleWithFixedDelay(() -> {
		}, 1, 1, TimeUnit.DAYS);
		executor.shutdownNow();
	}

}
