package dev.vigil.file;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;

import org.springframework.boot.logging.LogLevel;

import dev.vigil.LogLevels;
import dev.vigil.LogbackAppenders;

/**
 * The appenders of one app log and error log, attached to Logback's root logger, and the daemon
 * thread {@code vigil-file-reopen} that, every second, opens a file again that could not be
 * written.
 * <p>
 * Logback's context is global to the JVM: every application context that uses the same files
 * shares one instance ({@link RollingFiles} counts them), so no line is written twice.
 */
final class FileAppenders {

	private static final Duration REOPEN_INTERVAL = Duration.ofSeconds(1);

	private final Logger root;

	private final LogFileAppender app;

	private final LogFileAppender error;

	private final ScheduledExecutorService scheduler;

	private final List<Logger> routed = new CopyOnWriteArrayList<>();

	private FileAppenders(Logger root, LogFileAppender app, LogFileAppender error,
			ScheduledExecutorService scheduler) {
		this.root = root;
		this.app = app;
		this.error = error;
		this.scheduler = scheduler;
	}

	static FileAppenders attach(LoggerContext context, Path directory, FileLoggingProperties properties,
			Encoder<ILoggingEvent> appEncoder, Encoder<ILoggingEvent> errorEncoder) {
		FileCreator creator = new FileCreator(properties.getPermissions());
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		int number = freeNumber(root);
		FileLoggingProperties.AppLog appLog = properties.getApp();
		LogFileAppender app = appender(new LogFileAppender(creator), context,
				name(number, RollingFiles.APP_APPENDER), new NumberedBackups<>(directory.resolve(appLog.getName()),
						appLog.getMaxSize().toBytes(), appLog.getMaxBackups(), properties.isCompressBackups(), creator),
				appEncoder);
		FileLoggingProperties.ErrorLog errorLog = properties.getError();
		LogFileAppender error = appender(new LogFileAppender(creator), context,
				name(number, RollingFiles.ERROR_APPENDER),
				new NumberedBackups<>(directory.resolve(errorLog.getName()), errorLog.getMaxSize().toBytes(),
						errorLog.getMaxBackups(), properties.isCompressBackups(), creator),
				errorEncoder);
		error.addFilter(thresholdFilter(context, errorLog.getThreshold()));
		app.start();
		error.start();
		// the names are free (numbered), so nothing is replaced
		LogbackAppenders.attach(context, app);
		LogbackAppenders.attach(context, error);
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(FileAppenders::thread);
		long reopen = REOPEN_INTERVAL.toNanos();
		scheduler.scheduleWithFixedDelay(() -> {
			app.reopenIfFailed();
			error.reopenIfFailed();
		}, reopen, reopen, TimeUnit.NANOSECONDS);
		return new FileAppenders(root, app, error, scheduler);
	}

	// the first set keeps the plain names; the sets of other directories are numbered
	private static int freeNumber(Logger root) {
		int number = 1;
		while (root.getAppender(name(number, RollingFiles.APP_APPENDER)) != null
				|| root.getAppender(name(number, RollingFiles.ERROR_APPENDER)) != null) {
			number++;
		}
		return number;
	}

	private static String name(int number, String name) {
		return (number == 1) ? name : name.replace("VIGIL_", "VIGIL_" + number + "_");
	}

	private static boolean routedToOtherFiles(Logger logger) {
		var appenders = logger.iteratorForAppenders();
		while (appenders.hasNext()) {
			if (appenders.next() instanceof LogFileAppender) {
				return true;
			}
		}
		return false;
	}

	private static Thread thread(Runnable task) {
		Thread thread = new Thread(task, "vigil-file-reopen");
		thread.setDaemon(true);
		return thread;
	}

	private static LogFileAppender appender(LogFileAppender appender, LoggerContext context, String name,
			NumberedBackups<ILoggingEvent> backups, Encoder<ILoggingEvent> encoder) {
		appender.setContext(context);
		appender.setName(name);
		appender.setFile(backups.getActiveFileName());
		appender.setAppend(true);
		appender.setEncoder(encoder);
		backups.setContext(context);
		backups.start();
		// one object is both policies: RollingFileAppender takes it as the trigger too
		appender.setRollingPolicy(backups);
		return appender;
	}

	private static ThresholdFilter thresholdFilter(LoggerContext context, LogLevel threshold) {
		ThresholdFilter filter = new ThresholdFilter();
		filter.setContext(context);
		filter.setLevel(LogLevels.logback(threshold).toString());
		filter.start();
		return filter;
	}

	LogFileAppender app() {
		return this.app;
	}

	LogFileAppender error() {
		return this.error;
	}

	/**
	 * Whether both appenders are running and on the root logger (a reset of Logback stops and
	 * removes them).
	 */
	boolean isAttached() {
		return this.app.isStarted() && this.error.isStarted() && this.root.isAttached(this.app)
				&& this.root.isAttached(this.error);
	}

	/**
	 * Starts and attaches the appenders again after Logback was reset. Spring Boot resets
	 * Logback when an application starts after the one that set it up has closed, which would
	 * leave the contexts still running without their files.
	 */
	void reattachAfterReset() {
		if (isAttached()) {
			return;
		}
		for (LogFileAppender appender : List.of(this.app, this.error)) {
			if (!appender.isStarted()) {
				// a stopped rolling appender stopped its policy too, and does not start without it
				appender.getRollingPolicy().start();
				appender.start();
			}
			// not LogbackAppenders.attach: after the reset a context started since may have
			// taken this name for its own files, which must stay attached
			if (!this.root.isAttached(appender)) {
				this.root.addAppender(appender);
			}
		}
		for (Logger logger : this.routed) {
			logger.addAppender(this.app);
			logger.addAppender(this.error);
			logger.setAdditive(false);
		}
	}

	List<String> writeFailures() {
		List<String> failures = new ArrayList<>();
		for (LogFileAppender appender : List.of(this.app, this.error)) {
			String failure = appender.failure();
			if (failure != null) {
				failures.add("Cannot write " + appender.getFile() + ": " + failure);
			}
		}
		return failures;
	}

	long lostLines() {
		return this.app.lostLines() + this.error.lostLines();
	}

	void routeOnlyHere(String loggerName) {
		Logger logger = this.root.getLoggerContext().getLogger(loggerName);
		logger.addAppender(this.app);
		logger.addAppender(this.error);
		logger.setAdditive(false);
		this.routed.add(logger);
	}

	/**
	 * Detaches both appenders and closes the files; appenders attached since by others are
	 * left alone.
	 */
	void detach() {
		this.scheduler.shutdownNow();
		for (Logger logger : this.routed) {
			logger.detachAppender(this.app);
			logger.detachAppender(this.error);
			// the files of another running context may still take this logger's events alone
			if (!routedToOtherFiles(logger)) {
				logger.setAdditive(true);
			}
		}
		LogbackAppenders.detach(this.root.getLoggerContext(), this.app);
		LogbackAppenders.detach(this.root.getLoggerContext(), this.error);
	}

}
