package dev.vigil.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.vigil.scan.LogScanTests.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar as its users do, {@code java -jar vigil-log-scanner-<version>.jar},
 * with nothing else on the class path. Runs after {@code package} (see the module's pom).
 */
class LogScanJarIT {

	@TempDir
	Path logs;

	@Test
	void theJarRunsOnItsOwnAndExitsOneWithTheErrorsFound() throws Exception {
		new LogLines("text").add(at("10:00:00"), Level.INFO, "started")
			.add(at("10:00:01"), Level.ERROR, "Order 42 failed",
					StackTraces.applicationFailure("boom", "com.example.OrderService.place"))
			.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		new LogLines("text").add(at("10:00:01"), Level.ERROR, "Order 42 failed",
				StackTraces.applicationFailure("boom", "com.example.OrderService.place"))
			.writeTo(this.logs.resolve("error.log"), at("10:00:01"));
		Result result = javaJar(this.logs.toString(), "--summary");
		assertThat(result.err()).isEmpty();
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.out()).contains("java.lang.IllegalStateException at com.example.OrderService.place",
				"1 entry in 1 group");
	}

	@Test
	void theJarExitsZeroWhenNothingMatches() throws Exception {
		new LogLines("logstash").add(at("10:00:00"), Level.WARN, "slow")
			.writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		Result result = javaJar(this.logs.toString());
		assertThat(result.err()).isEmpty();
		assertThat(result.status()).isZero();
		assertThat(result.out()).isEmpty();
	}

	@Test
	void theJarPrintsItsUsage() throws Exception {
		Result result = javaJar("--help");
		assertThat(result.status()).isZero();
		assertThat(result.out()).startsWith("Usage: java -jar vigil-log-scanner.jar");
	}

	private Result javaJar(String... args) throws Exception {
		Path jar = Path.of(System.getProperty("vigil.scanner.jar"));
		assertThat(jar).isRegularFile();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("scan", ".out");
		Path err = Files.createTempFile("scan", ".err");
		try {
			Process process = new ProcessBuilder(command).directory(this.logs.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		}
		finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	private record Result(int status, String out, String err) {
	}

}
