package dev.vigil.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.vigil.test.LogFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed without shutting down ({@code kill -9}, a container's OOM killer) keeps every
 * line it logged before it was killed: the operating system holds what the process wrote.
 */
class KilledProcessTests {

	private static final Pattern LOGGED = Pattern.compile("LOGGED (\\d+)");

	private static final Pattern ORDER = Pattern.compile("Order (\\d+) placed");

	@TempDir
	Path directory;

	@Test
	void everyLineLoggedBeforeTheProcessIsKilledIsInTheAppLog() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), LoggingUntilKilled.class.getName(),
				this.directory.toString(), "10", "25")
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		int logged;
		try {
			logged = awaitLogged(process, 250);
		}
		finally {
			// SIGKILL: no shutdown hook, no stopping of Logback
			process.destroyForcibly();
		}
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		List<Integer> orders = LogFile.allLines(this.directory.resolve("app.log"), 3, false)
			.stream()
			.map(ORDER::matcher)
			.filter(Matcher::find)
			.map((matcher) -> Integer.parseInt(matcher.group(1)))
			.toList();
		assertThat(logged).isEqualTo(250);
		assertThat(orders).containsAll(IntStream.rangeClosed(1, logged).boxed().toList());
	}

	// the count the process reports once it reaches at least the given one, or when it ends
	private static int awaitLogged(Process process, int atLeast) throws IOException {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		int logged = 0;
		String line;
		while (logged < atLeast && (line = out.readLine()) != null) {
			Matcher matcher = LOGGED.matcher(line);
			if (matcher.matches()) {
				logged = Integer.parseInt(matcher.group(1));
			}
		}
		return logged;
	}

}
