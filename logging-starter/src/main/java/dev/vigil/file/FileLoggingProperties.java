package dev.vigil.file;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

/**
 * Rotating log files written by Vigil.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.file")
public class FileLoggingProperties {

	/**
	 * Default line layout: ISO-8601 time with milliseconds and offset, level, thread, logger,
	 * request id ("-" outside a request), trace and span id as {@code [traceId-spanId]} when a
	 * tracing bridge put them in the MDC (nothing at all otherwise), message; a stack trace
	 * follows its line.
	 */
	public static final String DEFAULT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} [%X{requestId:--}]"
			+ "%traceIds - %msg%n";

	/**
	 * The format that lays lines out with the pattern, the default.
	 */
	public static final String TEXT_FORMAT = "text";

	/**
	 * Whether to write the rotating app and error log files.
	 */
	private boolean enabled = true;

	/**
	 * Directory of the log files; relative paths resolve against the working directory. Created
	 * when missing.
	 */
	private String directory = "logs";

	/**
	 * Line format: 'text' uses the pattern below; 'ecs', 'logstash' and 'gelf' write one JSON
	 * object per line using Spring Boot's structured logging; any other value is the fully
	 * qualified class name of a Spring Boot StructuredLogFormatter that writes the lines.
	 */
	private String format = TEXT_FORMAT;

	/**
	 * Logback pattern of a line when the format is 'text'.
	 */
	private String pattern = DEFAULT_PATTERN;

	/**
	 * Charset of the log files.
	 */
	private Charset charset = StandardCharsets.UTF_8;

	/**
	 * Whether to gzip rotated backups (app.log.1.gz, ...).
	 */
	private boolean compressBackups = false;

	/**
	 * Deprecated and not used: every line is written to its file when it is logged, so that a JVM killed
	 * without shutting down loses none.
	 */
	private Duration flushInterval = Duration.ofSeconds(1);

	/**
	 * Whether a log directory or file that cannot be written fails the startup. When false,
	 * the application starts without the files, reports them on the console and in the
	 * 'logging' health component, counts the lines it loses and opens the files as soon as they
	 * can be written.
	 */
	private boolean failFast = false;

	/**
	 * Permissions of the files and directories Vigil creates, where the file system has POSIX
	 * permissions. Existing files and directories keep theirs.
	 */
	private final Permissions permissions = new Permissions();

	/**
	 * The application log, receiving every event that passes the logger levels.
	 */
	private final AppLog app = new AppLog();

	/**
	 * The error log, receiving only events at or above its threshold.
	 */
	private final ErrorLog error = new ErrorLog();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getDirectory() {
		return this.directory;
	}

	public void setDirectory(String directory) {
		this.directory = directory;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public String getPattern() {
		return this.pattern;
	}

	public void setPattern(String pattern) {
		this.pattern = pattern;
	}

	public Charset getCharset() {
		return this.charset;
	}

	public void setCharset(Charset charset) {
		this.charset = charset;
	}

	public boolean isCompressBackups() {
		return this.compressBackups;
	}

	public void setCompressBackups(boolean compressBackups) {
		this.compressBackups = compressBackups;
	}

	@Deprecated(since = "0.2.0", forRemoval = true)
	@DeprecatedConfigurationProperty(since = "0.2.0",
			reason = "Every line is written to its file when it is logged; no line waits in memory any more.")
	public Duration getFlushInterval() {
		return this.flushInterval;
	}

	@Deprecated(since = "0.2.0", forRemoval = true)
	public void setFlushInterval(Duration flushInterval) {
		this.flushInterval = flushInterval;
	}

	public boolean isFailFast() {
		return this.failFast;
	}

	public void setFailFast(boolean failFast) {
		this.failFast = failFast;
	}

	public Permissions getPermissions() {
		return this.permissions;
	}

	public AppLog getApp() {
		return this.app;
	}

	public ErrorLog getError() {
		return this.error;
	}

	public static class Permissions {

		/**
		 * Permissions of the log files Vigil creates (the live files, backups and temporary
		 * files), as in 'ls -l': owner, group, others.
		 */
		private String file = "rw-r-----";

		/**
		 * Permissions of the directories Vigil creates, as in 'ls -l': owner, group, others.
		 */
		private String directory = "rwxr-x---";

		public String getFile() {
			return this.file;
		}

		public void setFile(String file) {
			this.file = file;
		}

		public String getDirectory() {
			return this.directory;
		}

		public void setDirectory(String directory) {
			this.directory = directory;
		}

	}

	public static class AppLog {

		/**
		 * File name of the application log inside the directory.
		 */
		private String name = "app.log";

		/**
		 * Size at which the application log rotates.
		 */
		private DataSize maxSize = DataSize.ofMegabytes(2);

		/**
		 * Number of rotated backups kept (name.1 is the newest); older ones are deleted.
		 */
		private int maxBackups = 3;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

		public int getMaxBackups() {
			return this.maxBackups;
		}

		public void setMaxBackups(int maxBackups) {
			this.maxBackups = maxBackups;
		}

	}

	public static class ErrorLog {

		/**
		 * File name of the error log inside the directory.
		 */
		private String name = "error.log";

		/**
		 * Size at which the error log rotates.
		 */
		private DataSize maxSize = DataSize.ofMegabytes(1);

		/**
		 * Number of rotated backups kept (name.1 is the newest); older ones are deleted.
		 */
		private int maxBackups = 2;

		/**
		 * Lowest level written to the error log: ERROR or WARN.
		 */
		private LogLevel threshold = LogLevel.ERROR;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

		public int getMaxBackups() {
			return this.maxBackups;
		}

		public void setMaxBackups(int maxBackups) {
			this.maxBackups = maxBackups;
		}

		public LogLevel getThreshold() {
			return this.threshold;
		}

		public void setThreshold(LogLevel threshold) {
			this.threshold = threshold;
		}

	}

}
