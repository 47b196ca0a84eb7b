package dev.vigil.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the app log's lines reach the file: lines below WARN in batches, at the latest one flush
 * interval later; WARN and ERROR lines at once, with everything before them; the rest when the
 * files are detached.
 */
class BatchedFileAppenderTests {

	private static final Duration NEVER = Duration.ofHours(1);

	@TempDir
	Path directory;

	private final LoggerContext context = new LoggerContext();

	private final List<RollingFiles> attached = new ArrayList<>();

	BatchedFileAppenderTests() {
		this.context.setMDCAdapter(MDC.getMDCAdapter());
	}

	@AfterEach
	void detach() {
		this.attached.forEach(RollingFiles::destroy);
		this.context.stop();
	}

	@Test
	void infoLinesWaitInMemoryUntilAWarnLineWritesThemInOrder() {
		attach(NEVER);
		Logger logger = this.context.getLogger("test");
		logger.info("first info");
		logger.debug("a debug line");
		assertThat(appLog()).isEmpty();
		logger.warn("a warning");
		assertThat(appLog()).hasSize(3)
			.satisfiesExactly((line) -> assertThat(line).endsWith("- first info"),
					(line) -> assertThat(line).endsWith("- a debug line"),
					(line) -> assertThat(line).endsWith("- a warning"));
	}

	@Test
	void errorLinesAreWrittenAtOnceToBothFiles() {
		attach(NEVER);
		this.context.getLogger("test").error("an error");
		assertThat(appLog()).singleElement().asString().endsWith("- an error");
		assertThat(LogFiles.lines(this.directory.resolve("error.log"))).singleElement().asString()
			.endsWith("- an error");
	}

	@Test
	void infoLinesReachTheFileWithinTheFlushInterval() {
		attach(Duration.ofMillis(100));
		this.context.getLogger("test").info("a quiet line");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(appLog()).singleElement().asString().endsWith("- a quiet line"));
	}

	@Test
	void detachingWritesWhatIsLeft() {
		RollingFiles files = attach(NEVER);
		this.context.getLogger("test").info("the last words");
		files.destroy();
		assertThat(appLog()).singleElement().asString().endsWith("- the last words");
	}

	@Test
	void flushWritesOnRequest() {
		RollingFiles files = attach(NEVER);
		this.context.getLogger("test").info("wanted now");
		files.flush();
		assertThat(appLog()).singleElement().asString().endsWith("- wanted now");
	}

	@Test
	void zeroIntervalWritesEveryLineAtOnceWithoutAFlushThread() {
		attach(Duration.ZERO);
		this.context.getLogger("test").info("at once");
		assertThat(appLog()).singleElement().asString().endsWith("- at once");
		assertThat(flushThreads()).isEmpty();
	}

	@Test
	void theFlushThreadEndsWithTheFiles() {
		RollingFiles files = attach(NEVER);
		assertThat(flushThreads()).singleElement().satisfies((thread) -> assertThat(thread.isDaemon()).isTrue());
		files.destroy();
		await().atMost(Duration.ofSeconds(5)).until(() -> flushThreads().isEmpty());
	}

	private RollingFiles attach(Duration flushInterval) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.directory.toString());
		properties.setFlushInterval(flushInterval);
		RollingFiles files = RollingFiles.attach(properties,
				new LogFileEncoders(this.context, properties, new MockEnvironment()));
		this.attached.add(files);
		return files;
	}

	/**
	 * The app log as it is on disk, without flushing it first.
	 */
	private List<String> appLog() {
		try {
			return Files.readAllLines(this.directory.resolve("app.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Thread> flushThreads() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((thread) -> thread.getName().equals("vigil-file-flush") && thread.isAlive())
			.toList();
	}

}
