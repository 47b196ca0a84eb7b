package dev.vigil.file;

import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Logger;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line reaches the file whole, whatever its size: short ones, ones larger than the
 * stream's first buffer, and ones larger than any buffer it keeps, in the order they were
 * logged.
 */
class LineSizesTests {

	@TempDir
	Path directory;

	@RegisterExtension
	final OwnLoggerContext logback = new OwnLoggerContext();

	@Test
	void linesOfEverySizeReachTheFileWholeAndInOrder() {
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(this.directory.toString());
		this.logback.attach(properties);
		Logger logger = this.logback.context().getLogger("test");
		List<Integer> sizes = List.of(10, 30_000, 20, 65_300, 70_000, 30, 200_000, 9_000, 40);
		for (int i = 0; i < sizes.size(); i++) {
			logger.info("line {} {}", i, String.valueOf((char) ('a' + i)).repeat(sizes.get(i)));
		}
		List<String> lines = new LogFile(this.directory.resolve("app.log")).lines();
		assertThat(lines).hasSize(sizes.size());
		for (int i = 0; i < sizes.size(); i++) {
			assertThat(lines.get(i)).endsWith("- line " + i + " " + String.valueOf((char) ('a' + i)).repeat(sizes.get(i)));
		}
	}

}
