package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import ch.qos.logback.classic.Logger;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	@Test
	void rotationNeverWritesThroughASymlinkPlantedAtItsTemporaryFile() throws IOException {
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Path victim = Files.writeString(this.root.resolve("victim.txt"), "precious\n");
		Files.createSymbolicLink(logs.resolve("app.log.1.gz.tmp"), victim);
		FileLoggingProperties properties = properties(logs);
		properties.setCompressBackups(true);
		properties.getApp().setMaxSize(DataSize.ofKilobytes(2));
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
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
		RollingFiles files = this.logback.attach(properties(logs));
		this.logback.context().getLogger("test").error("an error that must not reach the victim");
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
		RollingFiles files = this.logback.attach(properties(logs));
		this.logback.context().getLogger("test").error("an error");
		assertThat(victim).hasContent("precious");
		assertThat(new LogFile(logs.resolve("error.log")).content()).contains("an error");
	}

	@Test
	void aNamedPipePlantedAtTheLiveErrorLogIsRefusedWithoutWaitingForAReader() throws Exception {
		Path logs = Files.createDirectory(this.root.resolve("logs"));
		Path pipe = logs.resolve("error.log");
		assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
		RollingFiles files = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.logback.attach(properties(logs)));
		this.logback.context().getLogger("test").error("an error");
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
		RollingFiles files = this.logback.attach(properties);
		for (int i = 0; i < 100; i++) {
			this.logback.context().getLogger("test").info("line {} {}", i, PADDING);
		}
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
		this.logback.attach(properties);
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
		this.logback.attach(properties(logs));
		assertThat(permissions(logs)).isEqualTo("rwxr-xr-x");
		assertThat(permissions(appLog)).isEqualTo("rw-r--r--");
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private FileLoggingProperties properties(Path directory) {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(directory.toString());
		return properties;
	}

}
