package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk: a 64 KB tmpfs, mounted for the test. Needs a machine where the tests may
 * mount one (root on Linux); skipped elsewhere.
 */
class FullDiskTests {

	private static final String PADDING = "x".repeat(100);

	@TempDir
	Path root;

	private Path disk;

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	@BeforeEach
	void mount() throws Exception {
		this.disk = Files.createDirectory(this.root.resolve("disk"));
		assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", this.disk.toString()) == 0,
				"needs permission to mount a tmpfs");
	}

	@AfterEach
	void unmount() throws Exception {
		this.logback.detach();
		run("umount", this.disk.toString());
	}

	@Test
	void linesLostToAFullDiskAreCountedNotRotatedAndTheFilesResumeWhenSpaceIsFreed() throws IOException {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.disk.toString());
		properties.getApp().setMaxSize(DataSize.ofKilobytes(16));
		properties.getApp().setMaxBackups(2);
		RollingFiles files = this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		logger.info("before the disk filled up");
		Path filler = fillTheDisk();
		for (int i = 0; i < 400; i++) {
			logger.info("lost line {} {}", i, PADDING);
		}
		assertThat(files.lostLines()).isPositive();
		assertThat(files.writeFailures()).singleElement().asString().contains("app.log");
		// nothing was written, so nothing was rotated: the good history stays
		assertThat(backups()).isEmpty();
		Files.delete(filler);
		await().atMost(Duration.ofSeconds(10)).until(() -> files.writeFailures().isEmpty());
		logger.info("after space was freed");
		List<String> lines = new LogFile(this.disk.resolve("app.log")).lines();
		assertThat(lines).first().asString().endsWith("- before the disk filled up");
		assertThat(lines).last().asString().endsWith("- after space was freed");
		// every line is either in the file or counted as lost
		assertThat(lines.stream().filter((line) -> line.contains("lost line")).count() + files.lostLines())
			.isEqualTo(400);
	}

	@Test
	void batchedLinesAreEitherWrittenOrCountedAsLost() throws IOException {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.disk.toString());
		RollingFiles files = this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		Path filler = fillTheDisk();
		for (int i = 0; i < 400; i++) {
			logger.info("lost line {} {}", i, PADDING);
		}
		assertThat(files.lostLines()).isPositive();
		Files.delete(filler);
		await().atMost(Duration.ofSeconds(10)).until(() -> files.writeFailures().isEmpty());
		logger.warn("after space was freed");
		List<String> lines = new LogFile(this.disk.resolve("app.log")).lines();
		assertThat(lines).last().asString().endsWith("- after space was freed");
		assertThat(lines.stream().filter((line) -> line.contains("lost line")).count() + files.lostLines())
			.isEqualTo(400);
	}

	private Path fillTheDisk() throws IOException {
		Path filler = this.disk.resolve("filler");
		try (var out = Files.newOutputStream(filler)) {
			byte[] block = new byte[1024];
			while (true) {
				out.write(block);
				out.flush();
			}
		}
		catch (IOException ex) {
			// the disk is full
		}
		return filler;
	}

	private List<String> backups() throws IOException {
		try (Stream<Path> list = Files.list(this.disk)) {
			return list.map((file) -> file.getFileName().toString()).filter((name) -> name.startsWith("app.log."))
				.toList();
		}
	}

	private static int run(String... command) throws Exception {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
