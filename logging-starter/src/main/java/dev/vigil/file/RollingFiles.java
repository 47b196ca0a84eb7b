package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The app and error log files, attached to Logback's root logger while the application runs.
 * <p>
 * Logback's logger context is global to the JVM. Application contexts that use the same files
 * share one pair of appenders, detached when the last of them closes, so no line is written
 * twice; a context with other files attaches its own pair, so each context keeps writing its
 * files and reports on them while the others start and stop (every pair receives every line
 * logged in the JVM).
 *
 * @author Vigil
 */
public final class RollingFiles implements DisposableBean {

	static final String APP_APPENDER = "VIGIL_APP_FILE";

	static final String ERROR_APPENDER = "VIGIL_ERROR_FILE";

	/**
	 * The attached appenders of each pair of files in a Logback context, with the application
	 * contexts using them.
	 */
	private static final Map<List<Object>, Users> attached = new HashMap<>();

	private final List<Object> key;

	private final FileAppenders appenders;

	private final Path directory;

	private final AtomicBoolean destroyed = new AtomicBoolean();

	private RollingFiles(List<Object> key, FileAppenders appenders, Path directory) {
		this.key = key;
		this.appenders = appenders;
		this.directory = directory;
	}

	/**
	 * Attaches the files to the root logger, or shares them with the application contexts
	 * that have attached them already. A directory or file that cannot be written does not
	 * stop the application (the files are opened as soon as they can be written) unless
	 * {@code vigil.file.fail-fast} is set.
	 * @param properties the file properties
	 * @param encoders creates the line encoder of each file
	 * @return the attached files
	 * @throws InvalidConfigurationPropertyValueException when a property is invalid, or the
	 * files cannot be written and {@code vigil.file.fail-fast} is set
	 */
	static RollingFiles attach(FileLoggingProperties properties, LogFileEncoders encoders) {
		FilePropertiesValidator.validate(properties);
		// a pattern Logback cannot parse fails here, before the directory or a file is touched
		Encoder<ILoggingEvent> appEncoder = encoders.create();
		Encoder<ILoggingEvent> errorEncoder = encoders.create();
		Path directory = Path.of(properties.getDirectory()).toAbsolutePath().normalize();
		if (properties.isFailFast()) {
			requireDirectory(directory, properties);
		}
		LoggerContext context = encoders.context();
		List<Object> key = List.of(context, directory.resolve(properties.getApp().getName()),
				directory.resolve(properties.getError().getName()));
		RollingFiles files;
		synchronized (attached) {
			attached.forEach((pair, users) -> {
				if (pair.get(0) == context) {
					users.appenders.reattachAfterReset();
				}
			});
			Users users = attached.get(key);
			if (users == null || !users.appenders.isAttached()) {
				users = new Users(FileAppenders.attach(context, directory, properties, appEncoder, errorEncoder));
				attached.put(key, users);
			}
			users.count++;
			files = new RollingFiles(key, users.appenders, directory);
		}
		if (properties.isFailFast() && !files.writeFailures().isEmpty()) {
			String failures = String.join("; ", files.writeFailures());
			files.destroy();
			throw unusable(properties, failures);
		}
		return files;
	}

	private static void requireDirectory(Path directory, FileLoggingProperties properties) {
		try {
			new FileCreator(properties.getPermissions()).createDirectories(directory);
		}
		catch (IOException | RuntimeException ex) {
			throw unusable(properties, "The directory could not be created (" + ex + ")");
		}
		if (!Files.isWritable(directory)) {
			throw unusable(properties, "The directory " + directory + " is not writable");
		}
	}

	private static InvalidConfigurationPropertyValueException unusable(FileLoggingProperties properties,
			String reason) {
		return new InvalidConfigurationPropertyValueException("vigil.file.directory", properties.getDirectory(),
				reason + ". Accepted: a path to a directory that exists or can be created, and is writable by the "
						+ "application (or vigil.file.fail-fast=false to start without the files until they can be "
						+ "written).");
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
		return Path.of(this.appenders.app().getFile());
	}

	/**
	 * The active error log file.
	 * @return the path of the error log
	 */
	public Path errorLog() {
		return Path.of(this.appenders.error().getFile());
	}

	/**
	 * Whether the files are attached to Logback's root logger.
	 * @return {@code true} until the application context closes (or Logback is reset)
	 */
	public boolean isAttached() {
		return !this.destroyed.get() && this.appenders.isAttached();
	}

	/**
	 * The files that cannot be written now, and why. Their lines are counted as lost, and
	 * they are opened again every second.
	 * @return one description per file, empty while both are written
	 */
	public List<String> writeFailures() {
		return this.appenders.writeFailures();
	}

	/**
	 * The lines that could not be written to the files since they were attached (full disk,
	 * directory gone or not writable, a symbolic link refused).
	 * @return the number of lost lines
	 */
	public long lostLines() {
		return this.appenders.lostLines();
	}

	/**
	 * Does nothing: every line is written to its file when it is logged.
	 * @deprecated since 0.2.0 for removal; no line waits in memory any more
	 */
	@Deprecated(since = "0.2.0", forRemoval = true)
	public void flush() {
	}

	/**
	 * Sends the events of a logger (and its children) to these files only, so that they no
	 * longer reach the root logger's other appenders, such as the console. Undone when the files
	 * are detached.
	 * @param loggerName the name of the logger
	 */
	public void routeOnlyHere(String loggerName) {
		this.appenders.routeOnlyHere(loggerName);
	}

	/**
	 * Detaches both files from the root logger and closes them, unless other application
	 * contexts still use them.
	 */
	@Override
	public void destroy() {
		if (!this.destroyed.compareAndSet(false, true)) {
			return;
		}
		synchronized (attached) {
			Users users = attached.get(this.key);
			if (users == null || users.appenders != this.appenders) {
				// replaced after a reset of Logback: this pair is no one else's
				this.appenders.detach();
				return;
			}
			if (--users.count == 0) {
				attached.remove(this.key);
				this.appenders.detach();
			}
		}
	}

	private static final class Users {

		private final FileAppenders appenders;

		private int count;

		Users(FileAppenders appenders) {
			this.appenders = appenders;
		}

	}

}
