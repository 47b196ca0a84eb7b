package dev.vigil.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A log file written by Vigil in a test, read as lines. Request lines are found by their
 * request id; they are written when the request completes, which for the client may be a
 * moment after it has read the response, so they are awaited.
 */
final class LogFile {

	private final Path path;

	LogFile(Path path) {
		this.path = path;
	}

	List<String> lines() {
		try {
			return Files.exists(this.path) ? Files.readAllLines(this.path, StandardCharsets.UTF_8) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String content() {
		return String.join("\n", lines());
	}

	/**
	 * The request lines of the request with this id.
	 */
	List<String> requestLines(String requestId) {
		Pattern pattern = Pattern.compile(" -> \\d{3} in \\d+ ms .*requestId=" + Pattern.quote(requestId) + "( |$)");
		return lines().stream().filter((line) -> pattern.matcher(line).find()).toList();
	}

	String awaitRequestLine(String requestId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !requestLines(requestId).isEmpty());
		return requestLines(requestId).get(0);
	}

	/**
	 * Lines written while serving the request with this id (those with the id in the MDC).
	 */
	List<String> linesInRequest(String requestId) {
		String mdc = "[" + requestId + "]";
		return lines().stream().filter((line) -> line.contains(mdc)).toList();
	}

	static String level(String line) {
		return line.split("\\s+")[1];
	}

	/**
	 * The message of a line of the default text pattern.
	 */
	static String message(String line) {
		return line.substring(line.indexOf("] - ") + 4);
	}

}
