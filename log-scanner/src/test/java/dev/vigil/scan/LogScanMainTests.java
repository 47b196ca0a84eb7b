package dev.vigil.scan;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.vigil.scan.LogScanTests.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the scanner in a JVM of its own whose class path holds the module's classes and nothing
 * else: no Spring, no Logback, no Jackson. {@link LogScanJarIT} runs the packaged jar itself.
 */
class LogScanMainTests {

	@TempDir
	Path logs;

	@Test
	void runsWithTheJdkOnlyAndExitsOneWhenErrorsAreFound() throws Exception {
		new LogLines("text").add(at("10:00:00"), Level.INFO, "started")
			.add(at("10:00:01"), Level.ERROR, "Order 42 failed",
					StackTraces.applicationFailure("boom", "com.example.OrderService.place"))
			.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		Result result = run(this.logs.toString(), "--summary", "--level", "INFO");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).isEmpty();
		assertThat(result.out()).contains("java.lang.IllegalStateException at com.example.OrderService.place",
				"e.g. started", "2 entries in 2 groups");
	}

	@Test
	void exitsZeroWhenNothingMatches() throws Exception {
		new LogLines("ecs").add(at("10:00:00"), Level.WARN, "slow").writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		Result result = run(this.logs.toString(), "--json");
		assertThat(result.status()).isZero();
		assertThat(result.out()).isEmpty();
	}

	@Test
	void exitsTwoWithOneLineWhenTheDirectoryIsMissing() throws Exception {
		Result result = run(this.logs.resolve("missing").toString());
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("logscan: " + this.logs.resolve("missing") + ": no such file or directory\n");
	}

	@Test
	void theScannersClassesReferToTheJdkOnly() throws IOException, URISyntaxException {
		Path classes = scannerClasses().resolve("dev/vigil/scan");
		List<String> foreign = new ArrayList<>();
		try (Stream<Path> files = Files.list(classes)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".class")).toList()) {
				String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				for (String library : List.of("org/springframework/", "ch/qos/", "org/slf4j/", "tools/jackson/",
						"com/fasterxml/", "dev/vigil/file/", "dev/vigil/errors/")) {
					if (constants.contains(library)) {
						foreign.add(file.getFileName() + " uses " + library);
					}
				}
			}
		}
		assertThat(classes.resolve("LogScan.class")).exists();
		assertThat(foreign).isEmpty();
	}

	private Result run(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", scannerClasses().toString(), LogScan.class.getName()));
		command.addAll(List.of(args));
		Path out = this.logs.resolve("scan.out");
		Path err = this.logs.resolve("scan.err");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		try {
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		}
		finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/**
	 * The module's compiled classes ({@code target/classes}), the content of its jar.
	 */
	private static Path scannerClasses() throws URISyntaxException {
		return Path.of(LogScan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private record Result(int status, String out, String err) {
	}

}
