package dev.vigil.requests;

import java.nio.file.Path;

import ch.qos.logback.classic.Logger;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.RollingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request lines go to Vigil's files and not to the console, unless asked for or unless there
 * are no files.
 */
class RequestLinesInFilesTests {

	@TempDir
	Path directory;

	private WebApplicationContextRunner runner() {
		return new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(FileLoggingAutoConfiguration.class, RequestLogAutoConfiguration.class))
			.withPropertyValues("vigil.file.directory=" + this.directory);
	}

	@Test
	void requestLinesReachOnlyTheFilesWhileTheyAreOn() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(RequestLinesInFiles.class);
			Logger requests = requestLogger();
			assertThat(requests.isAdditive()).isFalse();
			RollingFiles files = context.getBean(RollingFiles.class);
			assertThat(requests.iteratorForAppenders()).toIterable()
				.extracting((appender) -> appender.getName())
				.containsExactlyInAnyOrder("VIGIL_APP_FILE", "VIGIL_ERROR_FILE");
			assertThat(files.isAttached()).isTrue();
		});
		assertThat(requestLogger().isAdditive()).as("restored when the context closes").isTrue();
		assertThat(requestLogger().iteratorForAppenders()).toIterable().isEmpty();
	}

	@Test
	void consoleTrueLeavesRequestLinesWithEveryAppender() {
		runner().withPropertyValues("vigil.requests.console=true").run((context) -> {
			assertThat(context).doesNotHaveBean(RequestLinesInFiles.class);
			assertThat(requestLogger().isAdditive()).isTrue();
		});
	}

	@Test
	void withoutFilesRequestLinesGoWhereEveryOtherLineGoes() {
		runner().withPropertyValues("vigil.file.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(RequestLinesInFiles.class).hasSingleBean(RequestLogProperties.class);
			assertThat(requestLogger().isAdditive()).isTrue();
		});
	}

	private static Logger requestLogger() {
		return (Logger) LoggerFactory.getLogger("dev.vigil.requests");
	}

}
