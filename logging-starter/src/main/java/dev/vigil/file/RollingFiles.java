package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The app and error log files, attached to Logback's root logger while the application runs.
 * <p>
 * Logback's logger context is global to the JVM, so only one set of Vigil files is attached at
 * a time: starting a second application in the same JVM replaces the first one's appenders
 * instead of writing every line twice.
 *
 * @author Vigil
 */
public final class RollingFiles implements DisposableBean {

	static final String APP_APPENDER = "VIGIL_APP_FILE";

	static final String ERROR_APPENDER = "VIGIL_ERROR_FILE";

	private final Path directory;

	private final BatchedFileAppender app;

	private final RollingFileAppender<ILoggingEvent> error;

	private final List<Logger> routed = new CopyOnWriteArrayList<>();

	private RollingFiles(Path directory, BatchedFileAppender app,
			RollingFileAppender<ILoggingEvent> error) {
		this.directory = directory;
		this.app = app;
		this.error = error;
	}

	/**
	 * Creates the directory if needed, opens both files for appending and attaches them to the
	 * root logger.
	 * @param properties the validated file properties
	 * @param encoders creates the line encoder of each file
	 * @return the attached files
	 * @throws InvalidConfigurationPropertyValueException when the directory cannot be used
	 */
	static RollingFiles attach(FileLoggingProperties properties, LogFileEncoders encoders) {
		FilePropertiesValidator.validate(properties);
		// a pattern Logback cannot parse fails here, before the directory or a file is touched
		Encoder<ILoggingEvent> appEncoder = encoders.create();
		Encoder<ILoggingEvent> errorEncoder = encoders.create();
		Path directory = prepareDirectory(properties.getDirectory());
		LoggerContext context = encoders.context();
		FileLoggingProperties.AppLog appLog = properties.getApp();
		BatchedFileAppender app = appender(new BatchedFileAppender(properties.getFlushInterval()), context,
				APP_APPENDER, directory.resolve(appLog.getName()),
				new NumberedBackups<>(directory.resolve(appLog.getName()), appLog.getMaxSize().toBytes(),
						appLog.getMaxBackups(), properties.isCompressBackups()),
				appEncoder);
		FileLoggingProperties.ErrorLog errorLog = properties.getError();
		// every line of the error log is WARN or above: written at once
		RollingFileAppender<ILoggingEvent> error = appender(new RollingFileAppender<>(), context, ERROR_APPENDER,
				directory.resolve(errorLog.getName()),
				new NumberedBackups<>(directory.resolve(errorLog.getName()), errorLog.getMaxSize().toBytes(),
						errorLog.getMaxBackups(), properties.isCompressBackups()),
				errorEncoder);
		error.addFilter(thresholdFilter(context, errorLog.getThreshold()));
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		detachAndStop(root, APP_APPENDER);
		detachAndStop(root, ERROR_APPENDER);
		app.start();
		error.start();
		root.addAppender(app);
		root.addAppender(error);
		return new RollingFiles(directory, app, error);
	}

	private static Path prepareDirectory(String value) {
		Path directory = Path.of(value).toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.directory", value,
					"The directory could not be created (" + ex + "). Accepted: a path to a directory that exists "
							+ "or can be created, and is writable by the application.");
		}
		if (!Files.isWritable(directory)) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.directory", value,
					"The directory " + directory + " is not writable. Accepted: a path to a directory that exists "
							+ "or can be created, and is writable by the application.");
		}
		return directory;
	}

	private static <A extends RollingFileAppender<ILoggingEvent>> A appender(A appender, LoggerContext context,
			String name, Path file, NumberedBackups<ILoggingEvent> backups, Encoder<ILoggingEvent> encoder) {
		appender.setContext(context);
		appender.setName(name);
		appender.setFile(file.toString());
		appender.setAppend(true);
		appender.setEncoder(encoder);
		backups.setContext(context);
		backups.start();
		// one object is both policies: RollingFileAppender takes it as the trigger too
		appender.setRollingPolicy(backups);
		return appender;
	}

	private static ThresholdFilter thresholdFilter(LoggerContext context, FileLoggingProperties.Threshold threshold) {
		ThresholdFilter filter = new ThresholdFilter();
		filter.setContext(context);
		filter.setLevel(Level.toLevel(threshold.name()).toString());
		filter.start();
		return filter;
	}

	private static void detachAndStop(Logger root, String name) {
		var existing = root.getAppender(name);
		if (existing != null) {
			root.detachAppender(existing);
			existing.stop();
		}
	}

	static LoggerContext loggerContext() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}

	/**
	 * The directory holding the log files.
	 * @return the absolute directory
	 */
	public Path directory() {
		return this.directory;
	}

	/**
	 * The active application log file.
	 * @return the path of the application log
	 */
	public Path appLog() {
		return Path.of(this.app.getFile());
	}

	/**
	 * The active error log file.
	 * @return the path of the error log
	 */
	public Path errorLog() {
		return Path.of(this.error.getFile());
	}

	/**
	 * Whether the files are attached and being written.
	 * @return {@code true} until the application context closes
	 */
	public boolean isAttached() {
		return this.app.isStarted() && this.error.isStarted();
	}

	/**
	 * Writes the lines that wait in memory (those below WARN, for at most
	 * {@code vigil.file.flush-interval}) to the app log now, for example before reading the
	 * file in a test or before halting the JVM.
	 */
	public void flush() {
		this.app.flush();
	}

	/**
	 * Sends the events of a logger (and its children) to these files only, so that they no
	 * longer reach the root logger's other appenders, such as the console. Undone when the files
	 * are detached.
	 * @param loggerName the name of the logger
	 */
	public void routeOnlyHere(String loggerName) {
		Logger logger = ((LoggerContext) this.app.getContext()).getLogger(loggerName);
		logger.addAppender(this.app);
		logger.addAppender(this.error);
		logger.setAdditive(false);
		this.routed.add(logger);
	}

	/**
	 * Detaches both files from the root logger and closes them. Appenders that a later
	 * application has attached since are left alone.
	 */
	@Override
	public void destroy() {
		Logger root = ((LoggerContext) this.app.getContext()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.app);
		root.detachAppender(this.error);
		for (Logger logger : this.routed) {
			logger.detachAppender(this.app);
			logger.detachAppender(this.error);
			logger.setAdditive(true);
		}
		this.app.stop();
		this.error.stop();
	}

}
