package dev.vigil.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.vigil.scan.LogScanTests.at;
import static dev.vigil.scan.LogScanTests.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application rotates its files while the scanner reads them: the scanner reads the files
 * as they were when it opened them, under the names they had then.
 */
class RotationDuringScanTests {

	@TempDir
	Path logs;

	@Test
	void aRotationAfterTheFilesAreOpenedLosesNothingAndKeepsEachEntryUnderItsFileName() throws Exception {
		new LogLines("text").add(at("08:00:00"), Level.ERROR, "rotated out of app.log")
			.add(at("09:00:00"), Level.ERROR, "oldest in app.log")
			.add(at("09:10:00"), Level.ERROR, "older")
			.add(at("09:20:00"), Level.ERROR, "recent")
			.writeTo(this.logs.resolve("error.log"), at("09:20:00"));
		error("09:00:00", "oldest in app.log").writeTo(this.logs.resolve("app.log.2.gz"), at("09:00:00"));
		error("09:10:00", "older").writeTo(this.logs.resolve("app.log.1"), at("09:10:00"));
		error("09:20:00", "recent").writeTo(this.logs.resolve("app.log"), at("09:20:00"));
		List<String> found = new ArrayList<>();
		ScanOptions options = ScanOptions.parse(new String[0], ScanResult.CLOCK);
		try (LogFileSet files = LogFileSet.open(List.of(this.logs.toString()))) {
			rotate();
			new LogSearch(options, ZoneOffset.UTC).run(files.files(),
					(entry) -> found.add(entry.message() + " @ " + this.logs.relativize(Path.of(entry.source()))));
		}
		assertThat(found).containsExactly("rotated out of app.log @ error.log", "oldest in app.log @ app.log.2.gz",
				"older @ app.log.1", "recent @ app.log");
	}

	@Test
	void aRotationBetweenFindingAndOpeningTheFilesMakesTheScannerLookAgain() throws Exception {
		error("09:00:00", "deleted by the rotation").writeTo(this.logs.resolve("app.log.2.gz"), at("09:00:00"));
		error("09:10:00", "older").writeTo(this.logs.resolve("app.log.1"), at("09:10:00"));
		error("09:20:00", "recent").writeTo(this.logs.resolve("app.log"), at("09:20:00"));
		List<String> found = new ArrayList<>();
		ScanOptions options = ScanOptions.parse(new String[0], ScanResult.CLOCK);
		AtomicInteger listings = new AtomicInteger();
		Runnable rotateOnce = () -> {
			if (listings.incrementAndGet() == 1) {
				rotate();
			}
		};
		try (LogFileSet files = LogFileSet.open(List.of(this.logs.toString()), rotateOnce)) {
			new LogSearch(options, ZoneOffset.UTC).run(files.files(),
					(entry) -> found.add(entry.message() + " @ " + this.logs.relativize(Path.of(entry.source()))));
		}
		assertThat(found).containsExactly("older @ app.log.2", "recent @ app.log.1",
				"written after the rotation @ app.log");
		assertThat(listings).hasValue(2);
	}

	// As NumberedBackups does with max-backups 2: the oldest backup goes, the others move up.
	private void rotate() {
		try {
			Files.delete(this.logs.resolve("app.log.2.gz"));
			Files.move(this.logs.resolve("app.log.1"), this.logs.resolve("app.log.2"));
			Files.move(this.logs.resolve("app.log"), this.logs.resolve("app.log.1"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		error("09:30:00", "written after the rotation").writeTo(this.logs.resolve("app.log"), at("09:30:00"));
	}

}
