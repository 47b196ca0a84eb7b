package dev.vigil.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.awaitility.Awaitility.await;

/**
 * A log file written by Vigil in a test, read as a person would: as lines, a gzip backup
 * unpacked, a missing file empty. Request lines
 * are found by their request id; they are written when the request completes, which for the
 * client may be a moment after it has read the response, so they can be awaited.
 */
public final class LogFile {

	private final Path path;

	public LogFile(Path path) {
		this.path = path;
	}

	public List<String> lines() {
		if (!Files.exists(this.path)) {
			return List.of();
		}
		try (InputStream in = open(this.path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String content() {
		return String.join("\n", lines());
	}

	/**
	 * Every line of a log file and its backups, from the oldest backup to the active file.
	 */
	public static List<String> allLines(Path activeFile, int maxBackups, boolean compressed) {
		List<String> lines = new ArrayList<>();
		for (int i = maxBackups; i >= 1; i--) {
			Path backup = activeFile.resolveSibling(activeFile.getFileName() + "." + i + (compressed ? ".gz" : ""));
			lines.addAll(new LogFile(backup).lines());
		}
		lines.addAll(new LogFile(activeFile).lines());
		return lines;
	}

	/**
	 * The request lines of the request with this id.
	 */
	public List<String> requestLines(String requestId) {
		Pattern pattern = Pattern.compile(" -> \\d{3} in \\d+ ms .*requestId=" + Pattern.quote(requestId) + "( |$)");
		return lines().stream().filter((line) -> pattern.matcher(line).find()).toList();
	}

	public String awaitRequestLine(String requestId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !requestLines(requestId).isEmpty());
		return requestLines(requestId).get(0);
	}

	/**
	 * Lines written while serving the request with this id (those with the id in the MDC).
	 */
	public List<String> linesInRequest(String requestId) {
		String mdc = "[" + requestId + "]";
		return lines().stream().filter((line) -> line.contains(mdc)).toList();
	}

	/**
	 * The level of a line of the default text pattern.
	 */
	public static String level(String line) {
		return line.split("\\s+")[1];
	}

	/**
	 * The message of a line of the default text pattern.
	 */
	public static String message(String line) {
		return line.substring(line.indexOf("] - ") + 4);
	}

	private static InputStream open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
	}

}
