package dev.vigil.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.vigil.file.FileLoggingProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.vigil.scan.ScanResult.scan;
import static dev.vigil.scan.StackTraces.applicationFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans the files that a real application writes through Vigil, in each format, after the
 * application log has rotated its oldest errors away into gzip backups that were then deleted.
 * The scanner is a module of its own ({@code log-scanner}); these tests keep its format and the
 * starter's together.
 */
class LogScanApplicationTests {

	static final List<String> FORMATS = LogLines.FORMATS;

	private static final Logger logger = LoggerFactory.getLogger("com.example.OrderService");

	private static final int ERRORS = 40;

	@TempDir
	Path logs;

	@ParameterizedTest
	@FieldSource("FORMATS")
	void reportsEveryErrorOnceOldestFirstFromRotatedGzipFiles(String format) throws IOException {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--vigil.file.directory=" + this.logs, "--vigil.file.format=" + format,
					"--vigil.file.compress-backups=true", "--vigil.file.app.max-size=8KB",
					"--vigil.file.app.max-backups=2", "--vigil.file.error.max-size=1MB")) {
			for (int i = 0; i < ERRORS; i++) {
				for (int j = 0; j < 10; j++) {
					logger.info("Order {} step {}", i, j);
				}
				logger.error("Order {} failed", i, applicationFailure("boom " + i, "com.example.OrderService.place"));
			}
		}
		assertThat(this.logs.resolve("app.log.2.gz")).exists();
		assertThat(gzipHolds("app.log.2.gz", "Order 0 failed")).isFalse();
		List<String> expected = IntStream.range(0, ERRORS).mapToObj((i) -> "Order " + i + " failed").toList();

		ScanResult result = scan(this.logs, "--json");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.json()).extracting((entry) -> entry.get("message").asString()).isEqualTo(expected);
		assertThat(result.json()).extracting((entry) -> entry.get("stackTrace").asString())
			.allMatch((trace) -> trace.contains("\tat com.example.OrderService.place("));
		assertThat(result.json()).extracting((entry) -> entry.get("file").asString())
			.contains(this.logs.resolve("error.log").toString(), this.logs.resolve("app.log.2.gz").toString());

		List<String> summary = scan(this.logs, "--summary").lines();
		assertThat(summary).element(1)
			.asString()
			.startsWith("     " + ERRORS + "  ERROR")
			.endsWith("java.lang.IllegalStateException at com.example.OrderService.place");
	}

	@Test
	void theScannersTestsWriteTheStartersDefaultPattern() {
		assertThat(LogLines.VIGIL_PATTERN).isEqualTo(FileLoggingProperties.DEFAULT_PATTERN);
	}

	private boolean gzipHolds(String file, String text) throws IOException {
		try (Stream<String> lines = new java.io.BufferedReader(new java.io.InputStreamReader(
				new java.util.zip.GZIPInputStream(Files.newInputStream(this.logs.resolve(file))))).lines()) {
			return lines.anyMatch((line) -> line.contains(text));
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
