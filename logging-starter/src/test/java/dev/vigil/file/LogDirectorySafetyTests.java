package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The log directory is not a way into the host: symbolic links planted there are never
 * followed, and what Vigil creates is readable by owner and group only. Real files, real
 * symbolic links, real Logback in a context of its own.
 */
class LogDirectorySafetyTests {

	private static final String PADDING = "x".repeat(60);

	@TempDir
	Path root;

	private final LoggerContext context = new LoggerContext();

	private final List<RollingFiles> attached = new ArrayList<>();

	LogDirectorySafetyTests() {
		this.context.setMDCAdapter(MDC.getMDCAdapter());
	}

	@AfterEach
	void detach() {
		this.attached.forEach(RollingFiles::destroy);
		this.context.stop();
	}

	@Test
	void rotationNeverWritesThroughASymlinkPlantedAtItsTemporaryFile() throws IOException {
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Path victim = Files.writeString(this.root.resolve("victim.txt"), "precious\n");
		Files.createSymbolicLink(logs.resolve("app.log.1.gz.tmp"), victim);
		FileLoggingProperties properties = properties(logs);
		properties.setCompressBackups(true);
		properties.getApp().setMaxSize(DataSize.ofKilobytes(2));
		attach(properties);
		Logger logger = this.context.getLogger("test");
		for (int i = 0; i < 100; i++) {
			logger.info("line {} {}", i, PADDING);
		}
		assertThat(logs.resolve("app.log.1.gz")).isRegularFile();
		assertThat(victim).hasContent("precious");
		assertThat(new LogFile(logs.resolve("app.log.1.gz")).lines()).isNotEmpty().allMatch((line) -> line.contains("line "));
	}

	@Test
	void aSymlinkPlantedAtTheLiveErrorLogIsRefusedAndReported() throws IOException {
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Path victim = Files.writeString(this.root.resolve("victim.txt"), "precious\n");
		Files.createSymbolicLink(logs.resolve("error.log"), victim);
		RollingFiles files = attach(properties(logs));
		this.context.getLogger("test").error("an error that must not reach the victim");
		files.flush();
		assertThat(victim).hasContent("precious");
		assertThat(Files.isSymbolicLink(logs.resolve("error.log"))).isTrue();
		assertThat(new LogFile(logs.resolve("app.log")).content()).contains("an error that must not reach the victim");
		assertThat(files.writeFailures()).singleElement()
			.asString()
			.contains(logs.resolve("error.log").toString(), "symbolic link");
		assertThat(files.lostLines()).isEqualTo(1);
	}

	@Test
	void aSymlinkPlantedAtTheLiveAppLogIsRefused() throws IOException {
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Path victim = Files.writeString(this.root.resolve("victim.txt"), "precious\n");
		Files.createSymbolicLink(logs.resolve("app.log"), victim);
		RollingFiles files = attach(properties(logs));
		this.context.getLogger("test").error("an error");
		files.flush();
		assertThat(victim).hasContent("precious");
		assertThat(new LogFile(logs.resolve("error.log")).content()).contains("an error");
	}

	@Test
	void aNamedPipePlantedAtTheLiveErrorLogIsRefusedWithoutWaitingForAReader() throws Exception {
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Path pipe = logs.resolve("error.log");
		assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
		RollingFiles files = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> attach(properties(logs)));
		this.context.getLogger("test").error("an error");
		assertThat(files.writeFailures()).singleElement().asString().contains("is not a regular file");
		assertThat(new LogFile(logs.resolve("app.log")).content()).contains("an error");
	}

	@Test
	void createsTheDirectoryAndFilesForOwnerAndGroupOnly() throws IOException {
		assumeTrue(Files.getFileStore(this.root).supportsFileAttributeView("posix"), "needs POSIX permissions");
		Path logs = this.root.resolve("var").resolve("logs");
		FileLoggingProperties properties = properties(logs);
		properties.setCompressBackups(true);
		properties.getApp().setMaxSize(DataSize.ofKilobytes(2));
		RollingFiles files = attach(properties);
		for (int i = 0; i < 100; i++) {
			this.context.getLogger("test").info("line {} {}", i, PADDING);
		}
		files.flush();
		assertThat(permissions(logs)).isEqualTo("rwxr-x---");
		assertThat(permissions(logs.getParent())).isEqualTo("rwxr-x---");
		assertThat(permissions(logs.resolve("app.log"))).isEqualTo("rw-r-----");
		assertThat(permissions(logs.resolve("error.log"))).isEqualTo("rw-r-----");
		assertThat(permissions(logs.resolve("app.log.1.gz"))).isEqualTo("rw-r-----");
	}

	@Test
	void permissionsAreConfigurable() throws IOException {
		assumeTrue(Files.getFileStore(this.root).supportsFileAttributeView("posix"), "needs POSIX permissions");
		Path logs = this.root.resolve("logs");
		FileLoggingProperties properties = properties(logs);
		properties.getPermissions().setFile("rw-rw-r--");
		properties.getPermissions().setDirectory("rwxrwxr-x");
		attach(properties);
		assertThat(permissions(logs)).isEqualTo("rwxrwxr-x");
		assertThat(permissions(logs.resolve("app.log"))).isEqualTo("rw-rw-r--");
	}

	@Test
	void existingFilesKeepTheirPermissions() throws IOException {
		assumeTrue(Files.getFileStore(this.root).supportsFileAttributeView("posix"), "needs POSIX permissions");
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path appLog = Files.writeString(logs.resolve("app.log"), "kept\n");
		Files.setPosixFilePermissions(appLog, PosixFilePermissions.fromString("rw-r--r--"));
		attach(properties(logs));
		assertThat(permissions(logs)).isEqualTo("rwxr-xr-x");
		assertThat(permissions(appLog)).isEqualTo("rw-r--r--");
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private FileLoggingProperties properties(Path directory) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(directory.toString());
		properties.setFlushInterval(Duration.ZERO);
		return properties;
	}

	private RollingFiles attach(FileLoggingProperties properties) {
		RollingFiles files = RollingFiles.attach(properties,
				new LogFileEncoders(this.context, properties, new MockEnvironment()));
		this.attached.add(files);
		return files;
	}

}
