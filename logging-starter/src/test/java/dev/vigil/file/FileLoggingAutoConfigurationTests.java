package dev.vigil.file;

import java.nio.file.Path;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class FileLoggingAutoConfigurationTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FileLoggingAutoConfiguration.class))
			.withPropertyValues("vigil.file.directory=" + this.directory);
	}

	@Test
	void attachesTheFilesByDefault() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(RollingFiles.class).hasSingleBean(FileLoggingProperties.class);
			RollingFiles files = context.getBean(RollingFiles.class);
			assertThat(files.isAttached()).isTrue();
			assertThat(files.appLog()).isEqualTo(this.directory.resolve("app.log"));
			assertThat(files.errorLog()).isEqualTo(this.directory.resolve("error.log"));
			assertThat(this.directory.resolve("app.log")).exists();
		});
	}

	@Test
	void usesConfiguredNames() {
		runner().withPropertyValues("vigil.file.app.name=main.log", "vigil.file.error.name=failures.log")
			.run((context) -> {
				RollingFiles files = context.getBean(RollingFiles.class);
				assertThat(files.appLog()).isEqualTo(this.directory.resolve("main.log"));
				assertThat(files.errorLog()).isEqualTo(this.directory.resolve("failures.log"));
			});
	}

	@Test
	void backsOffWhenVigilIsDisabled() {
		runner().withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(RollingFiles.class));
	}

	@Test
	void backsOffWhenFilesAreDisabled() {
		runner().withPropertyValues("vigil.file.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(RollingFiles.class));
	}

	@Test
	void backsOffWithoutLogback() {
		runner().withClassLoader(new FilteredClassLoader(LoggerContext.class))
			.run((context) -> assertThat(context).doesNotHaveBean(RollingFiles.class));
	}

	@Test
	void closingTheContextDetachesTheFiles() {
		RollingFiles[] files = new RollingFiles[1];
		runner().run((context) -> files[0] = context.getBean(RollingFiles.class));
		assertThat(files[0].isAttached()).isFalse();
	}

	@Test
	void invalidValueFailsTheContext() {
		runner().withPropertyValues("vigil.file.app.max-size=0KB")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("vigil.file.app.max-size"));
	}

}
