package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.MDC;

import org.springframework.core.env.StandardEnvironment;

/**
 * Events per second through Vigil's file appenders against a plain Logback
 * {@code RollingFileAppender} with the same pattern, size trigger and window. Each event is an
 * INFO line (app.log only); one in a hundred is an ERROR (both files), as in a real application.
 * Vigil writes every line when it is logged, one system call per line and file, as Logback's
 * default {@code immediateFlush=true} does. {@code mmap-prototype} writes both files with Vigil's
 * encoder through a memory-mapped region ({@link MappedLogStream}), without rotation: the other
 * way to lose no line to a killed process, measured to see whether it earns its complexity.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AppenderBenchmark {

	@Param({ "vigil", "mmap-prototype", "logback" })
	public String appenders;

	private LoggerContext context;

	private Logger logger;

	private RollingFiles vigil;

	private Path directory;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		this.directory = Files.createTempDirectory("vigil-bench");
		this.context = new LoggerContext();
		this.context.setMDCAdapter(MDC.getMDCAdapter());
		this.logger = this.context.getLogger("com.example.OrderService");
		if ("vigil".equals(this.appenders)) {
			FileLoggingProperties properties = new FileLoggingProperties();
			properties.setDirectory(this.directory.toString());
			this.vigil = RollingFiles.attach(properties,
					new LogFileEncoders(this.context, properties, new StandardEnvironment()));
		}
		else if ("mmap-prototype".equals(this.appenders)) {
			FileLoggingProperties properties = new FileLoggingProperties();
			LogFileEncoders encoders = new LogFileEncoders(this.context, properties, new StandardEnvironment());
			Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			root.addAppender(mapped("app.log", encoders, null));
			root.addAppender(mapped("error.log", encoders, ch.qos.logback.classic.Level.ERROR));
		}
		else {
			Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			root.addAppender(plainLogback("app.log", "2MB", 3, null));
			root.addAppender(plainLogback("error.log", "1MB", 2, ch.qos.logback.classic.Level.ERROR));
		}
	}

	private RollingFileAppender<ILoggingEvent> plainLogback(String name, String size, int backups,
			ch.qos.logback.classic.Level threshold) {
		RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
		appender.setContext(this.context);
		appender.setName(name);
		appender.setFile(this.directory.resolve(name).toString());
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.context);
		encoder.setPattern(FileLoggingProperties.DEFAULT_PATTERN);
		encoder.start();
		appender.setEncoder(encoder);
		FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
		rolling.setContext(this.context);
		rolling.setFileNamePattern(this.directory.resolve(name).toString() + ".%i");
		rolling.setMinIndex(1);
		rolling.setMaxIndex(backups);
		rolling.setParent(appender);
		rolling.start();
		SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
		trigger.setContext(this.context);
		trigger.setMaxFileSize(FileSize.valueOf(size));
		trigger.start();
		appender.setRollingPolicy(rolling);
		appender.setTriggeringPolicy(trigger);
		keepFrom(appender, threshold);
		appender.start();
		return appender;
	}

	// Vigil's encoder, a memory-mapped file, no rotation: the cost of the write path alone
	private OutputStreamAppender<ILoggingEvent> mapped(String name, LogFileEncoders encoders,
			ch.qos.logback.classic.Level threshold) throws IOException {
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(this.context);
		appender.setName(name);
		appender.setEncoder(encoders.create());
		appender.setOutputStream(new MappedLogStream(this.directory.resolve(name)));
		keepFrom(appender, threshold);
		appender.start();
		return appender;
	}

	// error.log: only events at the threshold or above, as Vigil's own error.log
	private static void keepFrom(OutputStreamAppender<ILoggingEvent> appender, ch.qos.logback.classic.Level threshold) {
		if (threshold != null) {
			ch.qos.logback.classic.filter.ThresholdFilter filter = new ch.qos.logback.classic.filter.ThresholdFilter();
			filter.setLevel(threshold.toString());
			filter.start();
			appender.addFilter(filter);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		if (this.vigil != null) {
			this.vigil.destroy();
		}
		this.context.stop();
		BenchmarkFiles.delete(this.directory);
	}

	@State(Scope.Thread)
	public static class Counter {

		long next;

	}

	@Benchmark
	public void logEvent(Counter counter) {
		long n = counter.next++;
		if (n % 100 == 99) {
			this.logger.error("Order {} failed: payment declined by the provider", n);
		}
		else {
			this.logger.info("Order {} placed for customer {} with {} items", n, n % 1000, n % 7);
		}
	}

}
