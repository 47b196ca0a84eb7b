package dev.vigil.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real Logback, real files: each test uses its own {@link LoggerContext} so it cannot disturb
 * the logging of the test JVM.
 */
class RollingFilesTests {

	private static final Pattern NUMBERED = Pattern.compile(".* - line (\\d+)-(\\d+) x+$");

	private static final String PADDING = "x".repeat(60);

	@TempDir
	Path directory;

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	@Test
	void rotatesAtMaxSizeKeepingConfiguredBackups() throws IOException {
		FileLoggingProperties properties = properties();
		properties.getApp().setMaxSize(DataSize.ofKilobytes(10));
		properties.getApp().setMaxBackups(3);
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		for (int i = 0; i < 2000; i++) {
			logger.info("line 0-{} {}", i, PADDING);
		}
		assertThat(fileNames()).contains("app.log", "app.log.1", "app.log.2", "app.log.3")
			.doesNotContain("app.log.4");
		long lineLength = lines(this.directory.resolve("app.log.1")).get(0).length() + 1;
		for (int i = 1; i <= 3; i++) {
			assertThat(Files.size(this.directory.resolve("app.log." + i))).isBetween(10L * 1024,
					10L * 1024 + lineLength);
		}
		// .1 is the newest backup: numbers rise from .3 to .2 to .1 to the active file.
		int previous = -1;
		for (String name : List.of("app.log.3", "app.log.2", "app.log.1", "app.log")) {
			List<Integer> numbers = numbers(lines(this.directory.resolve(name)));
			assertThat(numbers).isSorted();
			assertThat(numbers.get(0)).isGreaterThan(previous);
			previous = numbers.get(numbers.size() - 1);
		}
		assertThat(previous).isEqualTo(1999);
	}

	@Test
	void compressedBackupsAreGzipAndReadable() {
		FileLoggingProperties properties = properties();
		properties.setCompressBackups(true);
		properties.getApp().setMaxSize(DataSize.ofKilobytes(8));
		properties.getApp().setMaxBackups(2);
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		for (int i = 0; i < 250; i++) {
			logger.info("line 0-{} {}", i, PADDING);
		}
		assertThat(fileNames()).contains("app.log", "app.log.1.gz", "app.log.2.gz")
			.doesNotContain("app.log.1", "app.log.3.gz");
		List<Integer> numbers = numbers(allLines(this.directory.resolve("app.log"), 2, true));
		assertThat(numbers).isSorted().endsWith(249);
		assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1).isEqualTo(numbers.size());
	}

	@Test
	void zeroBackupsStartsTheFileAfresh() {
		FileLoggingProperties properties = properties();
		properties.getApp().setMaxSize(DataSize.ofKilobytes(4));
		properties.getApp().setMaxBackups(0);
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		for (int i = 0; i < 200; i++) {
			logger.info("line 0-{} {}", i, PADDING);
		}
		assertThat(fileNames()).containsOnly("app.log", "error.log");
		assertThat(numbers(lines(this.directory.resolve("app.log")))).endsWith(199);
	}

	@Test
	void errorLogHasOnlyErrorsAndAppLogHasAll() {
		this.logback.attach(properties());
		Logger logger = this.logback.context().getLogger("test");
		logger.debug("debug line");
		logger.info("info line");
		logger.warn("warn line");
		logger.error("error line", new IllegalStateException("boom"));
		assertThat(content(this.directory.resolve("app.log"))).contains("debug line", "info line",
				"warn line", "error line", "java.lang.IllegalStateException: boom");
		List<String> errorLines = lines(this.directory.resolve("error.log"));
		assertThat(errorLines.get(0)).contains("ERROR").contains("error line");
		assertThat(errorLines).allSatisfy((line) -> assertThat(line).doesNotContain("info line", "warn line"));
		assertThat(errorLines.get(1)).isEqualTo("java.lang.IllegalStateException: boom");
		assertThat(errorLines.get(2)).startsWith("\tat ");
	}

	@Test
	void warnThresholdAddsWarningsToTheErrorLog() {
		FileLoggingProperties properties = properties();
		properties.getError().setThreshold(LogLevel.WARN);
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		logger.info("info line");
		logger.warn("warn line");
		logger.error("error line");
		assertThat(content(this.directory.resolve("error.log"))).contains("warn line", "error line")
			.doesNotContain("info line");
	}

	@Test
	void lineCarriesIsoTimestampLevelThreadLoggerAndRequestId() {
		this.logback.attach(properties());
		Logger logger = this.logback.context().getLogger("com.example.OrderService");
		logger.info("outside a request");
		MDC.put("requestId", "req-42");
		try {
			logger.info("inside a request");
		}
		finally {
			MDC.remove("requestId");
		}
		List<String> lines = lines(this.directory.resolve("app.log"));
		String timestamp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})";
		String thread = Pattern.quote(Thread.currentThread().getName());
		assertThat(lines.get(0))
			.matches(timestamp + " INFO  \\[" + thread + "\\] com\\.example\\.OrderService \\[-\\] - outside a request");
		assertThat(lines.get(1)).matches(
				timestamp + " INFO  \\[" + thread + "\\] com\\.example\\.OrderService \\[req-42\\] - inside a request");
	}

	@Test
	void restartAppendsAndNeverTruncatesExistingFiles() throws IOException {
		Files.writeString(this.directory.resolve("app.log"), "from an earlier run\n");
		Files.writeString(this.directory.resolve("app.log.1"), "an earlier backup\n");
		this.logback.attach(properties());
		this.logback.context().getLogger("test").info("after restart");
		assertThat(lines(this.directory.resolve("app.log"))).first().isEqualTo("from an earlier run");
		assertThat(content(this.directory.resolve("app.log"))).contains("after restart");
		assertThat(content(this.directory.resolve("app.log.1"))).isEqualTo("an earlier backup");
	}

	@Test
	void concurrentWritersLoseDuplicateAndTearNothing() throws Exception {
		int threads = 8;
		int perThread = 50_000;
		FileLoggingProperties properties = properties();
		properties.getApp().setMaxSize(DataSize.ofMegabytes(1));
		properties.getApp().setMaxBackups(200);
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> writers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int writer = t;
			writers.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < perThread; i++) {
					logger.info("line {}-{} {}", writer, i, PADDING);
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : writers) {
			future.get();
		}
		pool.shutdown();
		List<String> lines = allLines(this.directory.resolve("app.log"), 200, false);
		assertThat(fileNames()).contains("app.log.20").doesNotContain("app.log.200");
		assertThat(lines).hasSize(threads * perThread);
		Set<String> seen = new HashSet<>();
		int[] lastOfWriter = new int[threads];
		java.util.Arrays.fill(lastOfWriter, -1);
		for (String line : lines) {
			Matcher matcher = NUMBERED.matcher(line);
			assertThat(matcher.matches()).as("whole line: %s", line).isTrue();
			assertThat(seen.add(matcher.group(1) + "-" + matcher.group(2))).as("duplicate: %s", line).isTrue();
			int writer = Integer.parseInt(matcher.group(1));
			int number = Integer.parseInt(matcher.group(2));
			// each writer's lines appear in the order it wrote them, across rotations
			assertThat(number).isGreaterThan(lastOfWriter[writer]);
			lastOfWriter[writer] = number;
		}
		assertThat(seen).hasSize(threads * perThread);
	}

	@Test
	void destroyReleasesTheFiles() throws IOException {
		RollingFiles files = this.logback.attach(properties());
		this.logback.context().getLogger("test").info("before close");
		files.destroy();
		this.logback.context().getLogger("test").info("after close");
		assertThat(files.isAttached()).isFalse();
		Path moved = this.directory.resolve("moved.log");
		Files.move(this.directory.resolve("app.log"), moved);
		Files.delete(this.directory.resolve("error.log"));
		assertThat(content(moved)).contains("before close").doesNotContain("after close");
		assertThat(this.logback.context().getLogger("ROOT").iteratorForAppenders()).toIterable().isEmpty();
	}

	@Test
	void secondAttachOfTheSameFilesSharesThemInsteadOfDoublingLines() {
		RollingFiles first = this.logback.attach(properties());
		this.logback.attach(properties());
		this.logback.context().getLogger("test").info("written once");
		first.destroy();
		this.logback.context().getLogger("test").info("still written after the first closed");
		List<String> lines = lines(this.directory.resolve("app.log"));
		assertThat(lines.stream().filter((line) -> line.contains("written once"))).hasSize(1);
		assertThat(lines.stream().filter((line) -> line.contains("still written"))).hasSize(1);
	}

	@Test
	void aLoggerRoutedToTheFilesOfTwoDirectoriesStaysRoutedWhenOneCloses(@TempDir Path other) {
		RollingFiles first = this.logback.attach(properties());
		FileLoggingProperties otherProperties = properties();
		otherProperties.setDirectory(other.toString());
		RollingFiles second = this.logback.attach(otherProperties);
		first.routeOnlyHere("routed");
		second.routeOnlyHere("routed");
		second.destroy();
		this.logback.context().getLogger("routed").info("a routed line");
		assertThat(lines(this.directory.resolve("app.log")).stream().filter((line) -> line.endsWith("- a routed line")))
			.hasSize(1);
		assertThat(this.logback.context().getLogger("routed").isAdditive()).isFalse();
		first.destroy();
		assertThat(this.logback.context().getLogger("routed").isAdditive()).isTrue();
	}

	private FileLoggingProperties properties() {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.directory.toString());
		return properties;
	}

	/**
	 * When the app log's lines reach the file: every line when it is logged, before the call
	 * that logged it returns. (What survives a killed process: {@link KilledProcessTests}.)
	 */
	@Nested
	class LinesReachingTheFile {

		@Test
		void infoAndDebugLinesAreWrittenWhenTheyAreLogged() {
			attach();
			Logger logger = RollingFilesTests.this.logback.context().getLogger("test");
			logger.info("first info");
			assertThat(appLog()).singleElement().asString().endsWith("- first info");
			logger.debug("a debug line");
			assertThat(appLog()).hasSize(2).last().asString().endsWith("- a debug line");
		}

		@Test
		void errorLinesAreWrittenAtOnceToBothFiles() {
			attach();
			RollingFilesTests.this.logback.context().getLogger("test").error("an error");
			assertThat(appLog()).singleElement().asString().endsWith("- an error");
			assertThat(new LogFile(RollingFilesTests.this.directory.resolve("error.log")).lines()).singleElement().asString()
				.endsWith("- an error");
		}

		@Test
		@SuppressWarnings("removal")
		void theDeprecatedFlushIntervalHoldsNoLineBack() {
			FileLoggingProperties properties = properties();
			properties.setFlushInterval(Duration.ofHours(1));
			RollingFilesTests.this.logback.attach(properties);
			RollingFilesTests.this.logback.context().getLogger("test").info("at once");
			assertThat(appLog()).singleElement().asString().endsWith("- at once");
		}

		@Test
		void theReopenThreadEndsWithTheFiles() {
			// other applications of the test JVM may have files of their own
			List<Thread> before = reopenThreads();
			RollingFiles files = attach();
			List<Thread> started = new ArrayList<>(reopenThreads());
			started.removeAll(before);
			assertThat(started).singleElement().satisfies((thread) -> assertThat(thread.isDaemon()).isTrue());
			files.destroy();
			await().atMost(Duration.ofSeconds(5)).until(() -> !started.get(0).isAlive());
		}

		private RollingFiles attach() {
			return RollingFilesTests.this.logback.attach(properties());
		}

		/**
		 * The app log as it is on disk.
		 */
		private List<String> appLog() {
			try {
				return Files.readAllLines(RollingFilesTests.this.directory.resolve("app.log"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static List<Thread> reopenThreads() {
			return Thread.getAllStackTraces().keySet().stream()
				.filter((thread) -> thread.getName().equals("vigil-file-reopen") && thread.isAlive())
				.toList();
		}

	}

	// the files as they are on disk

	private List<String> lines(Path file) {
		return new LogFile(file).lines();
	}

	private String content(Path file) {
		return new LogFile(file).content();
	}

	private List<String> allLines(Path activeFile, int maxBackups, boolean compressed) {
		return LogFile.allLines(activeFile, maxBackups, compressed);
	}

	private List<String> fileNames() {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Integer> numbers(List<String> lines) {
		return lines.stream().map(NUMBERED::matcher).filter(Matcher::matches)
			.map((matcher) -> Integer.parseInt(matcher.group(2))).toList();
	}

}
