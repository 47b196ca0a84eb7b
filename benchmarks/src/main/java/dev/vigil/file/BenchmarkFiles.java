package dev.vigil.file;

import ch.qos.logback.classic.LoggerContext;

import org.springframework.core.env.StandardEnvironment;

/**
 * Opens Vigil's log files in a Logback context without Spring, for benchmarks of other
 * packages.
 */
public final class BenchmarkFiles {

	private BenchmarkFiles() {
	}

	/**
	 * Attaches Vigil's files to the root logger of the context, as shipped.
	 * @param context the Logback context
	 * @param directory the directory of the files
	 * @return the files
	 */
	public static RollingFiles attach(LoggerContext context, String directory) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(directory);
		return RollingFiles.attach(properties, new LogFileEncoders(context, properties, new StandardEnvironment()));
	}

}
