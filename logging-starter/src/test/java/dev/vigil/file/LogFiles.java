package dev.vigil.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads log files as a person would: backups oldest first, gzip included. The app logs that are
 * attached to the application's logger context are flushed first, as the flush interval would a
 * moment later.
 */
final class LogFiles {

	private LogFiles() {
	}

	static List<String> lines(Path file) {
		flushAppLog();
		try (InputStream in = open(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String content(Path file) {
		return String.join("\n", lines(file));
	}

	/**
	 * Every line of a log file and its backups, from the oldest backup to the active file.
	 */
	static List<String> allLines(Path activeFile, int maxBackups, boolean compressed) {
		List<String> lines = new ArrayList<>();
		for (int i = maxBackups; i >= 1; i--) {
			Path backup = activeFile.resolveSibling(activeFile.getFileName() + "." + i + (compressed ? ".gz" : ""));
			if (Files.exists(backup)) {
				lines.addAll(lines(backup));
			}
		}
		if (Files.exists(activeFile)) {
			lines.addAll(lines(activeFile));
		}
		return lines;
	}

	private static void flushAppLog() {
		dev.vigil.LogbackLoggingSystem.requiredContext()
			.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
			.iteratorForAppenders()
			.forEachRemaining((appender) -> {
				if (appender instanceof BatchedFileAppender batched) {
					batched.flush();
				}
			});
	}

	private static InputStream open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
	}

}
