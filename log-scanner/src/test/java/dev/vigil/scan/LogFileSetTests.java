package dev.vigil.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files a scan reads, in which order.
 */
class LogFileSetTests {

	@TempDir
	Path logs;

	@Test
	void aDirectoryGivesItsErrorLogThenItsAppLogEachWithBackupsOldestFirst() throws Exception {
		touch("app.log", "app.log.1", "app.log.2.gz", "app.log.10", "app.log.3", "error.log", "error.log.1.gz",
				"gc.log", "other.log.1", "app.log.1.gz.tmp", "app.log.bak", "notes.txt");
		Files.createDirectory(this.logs.resolve("error.log.2"));
		try (LogFileSet set = LogFileSet.open(List.of(this.logs.toString()))) {
			List<LogFile> files = set.files();
			assertThat(files).extracting((file) -> file.path().getFileName().toString())
				.containsExactly("error.log.1.gz", "error.log", "app.log.10", "app.log.3", "app.log.2.gz", "app.log.1",
						"app.log");
			List<LogFile> appLog = files.subList(2, 7);
			assertThat(files.get(0).coveredBy()).isEqualTo(appLog);
			assertThat(files.get(1).coveredBy()).isEqualTo(appLog);
			assertThat(files.get(2).coveredBy()).isEmpty();
		}
	}

	@Test
	void namedFilesAreReadWhateverTheirNameOnceEachBackupsOldestFirst() throws Exception {
		touch("app.log", "app.log.1", "app.log.2.gz", "custom.log", "app.log.2");
		try (LogFileSet set = LogFileSet.open(List.of(name("custom.log"), name("app.log"), name("app.log.1"),
				name("app.log.2"), name("app.log.2.gz"), this.logs.toString()))) {
			assertThat(set.files()).extracting(LogFile::name)
				.containsExactly(name("custom.log"), name("app.log.2.gz"), name("app.log.2"), name("app.log.1"),
						name("app.log"));
		}
	}

	@Test
	void aNamedErrorLogIsCoveredOnlyByTheAppLogFilesNamedToo() throws Exception {
		touch("app.log", "app.log.1", "error.log");
		try (LogFileSet set = LogFileSet.open(List.of(name("app.log"), name("error.log")))) {
			List<LogFile> files = set.files();
			assertThat(files).extracting(LogFile::name).containsExactly(name("error.log"), name("app.log"));
			assertThat(files.get(0).coveredBy()).containsExactly(files.get(1));
		}
	}

	private void touch(String... names) throws IOException {
		for (String name : names) {
			Files.writeString(this.logs.resolve(name), "");
		}
	}

	private String name(String file) {
		return this.logs.resolve(file).toString();
	}

}
