package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.qos.logback.classic.LoggerContext;

import org.springframework.core.env.StandardEnvironment;

/**
 * Vigil's log files for benchmarks: opened in a Logback context without Spring (also for
 * benchmarks of other packages), and their directory removed afterwards.
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

	/**
	 * Deletes the directory with everything in it.
	 * @param directory the directory
	 * @throws IOException if it cannot be walked
	 */
	public static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
