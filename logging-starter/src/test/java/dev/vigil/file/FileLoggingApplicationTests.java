package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.vigil.test.LogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts real Spring Boot applications writing real files.
 */
@ExtendWith(OutputCaptureExtension.class)
class FileLoggingApplicationTests {

	private static final org.slf4j.Logger logger = LoggerFactory.getLogger(FileLoggingApplicationTests.class);

	@TempDir
	Path directory;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void startupLinesAreInTheAppLog() {
		run();
		String appLog = new LogFile(this.directory.resolve("app.log")).content();
		assertThat(appLog).contains("Starting FileLoggingApplicationTests.TestApplication using Java")
			.containsPattern("Started FileLoggingApplicationTests.TestApplication in [0-9.]+ seconds");
		assertThat(this.directory.resolve("error.log")).exists();
	}

	@Test
	void applicationLinesReachTheFilesAndTheConsoleKeepsWorking(CapturedOutput output) {
		run();
		logger.info("an info line");
		logger.error("an error line");
		assertThat(new LogFile(this.directory.resolve("app.log")).content()).contains("an info line", "an error line");
		assertThat(new LogFile(this.directory.resolve("error.log")).content()).contains("an error line")
			.doesNotContain("an info line");
		assertThat(output).contains("an info line", "an error line");
	}

	@Test
	void closingTheContextDetachesAndReleasesTheFiles() throws IOException {
		ConfigurableApplicationContext context = run();
		logger.info("before close");
		context.close();
		logger.info("after close");
		assertThat(vigilAppenders()).isEmpty();
		Path moved = this.directory.resolve("renamed.log");
		Files.move(this.directory.resolve("app.log"), moved);
		Files.delete(this.directory.resolve("error.log"));
		assertThat(new LogFile(moved).content()).contains("before close").doesNotContain("after close");
	}

	@Test
	void aSecondContextNeverWritesALineTwice() {
		run().close();
		run();
		run();
		logger.info("one line");
		assertThat(new LogFile(this.directory.resolve("app.log")).lines().stream()
			.filter((line) -> line.endsWith("- one line"))).hasSize(1);
		assertThat(vigilAppenders()).hasSize(2);
	}

	@Test
	void worksBesideTheApplicationsOwnLogbackConfiguration(CapturedOutput output) {
		run("logging.config=classpath:dev/vigil/file/custom-logback.xml");
		logger.info("with a custom configuration");
		assertThat(new LogFile(this.directory.resolve("app.log")).content()).contains("Started FileLoggingApplicationTests",
				"with a custom configuration");
		assertThat(output).contains("CUSTOM with a custom configuration");
	}

	@Test
	void aFormatterClassNamedAsFormatWritesEveryLineWithLineSeparatorsEscaped() {
		run("vigil.file.format=" + PipeLineFormatter.class.getName());
		logger.info("an info line\u2028forged\u2029too");
		logger.error("an error line");
		assertThat(new LogFile(this.directory.resolve("app.log")).lines()).isNotEmpty()
			.allMatch((line) -> line.startsWith("pipe|"))
			.contains("pipe|INFO|" + logger.getName() + "|an info line\\u2028forged\\u2029too",
					"pipe|ERROR|" + logger.getName() + "|an error line");
		assertThat(new LogFile(this.directory.resolve("error.log")).lines())
			.containsExactly("pipe|ERROR|" + logger.getName() + "|an error line");
	}

	@Test
	void formatNamesAreTakenInAnyCase() {
		run("vigil.file.format=LOGSTASH");
		logger.info("a json line");
		assertThat(new LogFile(this.directory.resolve("app.log")).lines())
			.anyMatch((line) -> line.startsWith("{") && line.contains("\"message\":\"a json line\""));
	}

	@Test
	void masterSwitchOffCreatesNoFiles() throws IOException {
		run("vigil.enabled=false");
		logger.info("not in a vigil file");
		assertThat(files()).isEmpty();
		assertThat(vigilAppenders()).isEmpty();
	}

	@Test
	void openingTheFilesIsAStepOfTheStartupRecording() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(1000);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
			.web(WebApplicationType.NONE)
			.applicationStartup(startup)
			.run("--vigil.file.directory=" + this.directory);
		this.contexts.add(context);
		assertThat(startup.getBufferedTimeline().getEvents())
			.filteredOn((event) -> event.getStartupStep().getName().equals("dev.vigil.file.attach"))
			.singleElement()
			.satisfies((event) -> assertThat(event.getStartupStep().getTags())
				.anySatisfy((tag) -> assertThat(tag.getValue()).isEqualTo(this.directory.toString())));
	}

	@Test
	void fileSwitchOffCreatesNoFiles() throws IOException {
		run("vigil.file.enabled=false");
		logger.info("not in a vigil file");
		assertThat(files()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			vigil.file.app.max-size=0        | vigil.file.app.max-size     | a size greater than zero
			vigil.file.app.max-size=-2MB     | vigil.file.app.max-size     | a size greater than zero
			vigil.file.error.max-size=lots   | vigil.file.error.max-size   | a data size such as 512KB, 2MB or 1GB
			vigil.file.app.max-backups=-1    | vigil.file.app.max-backups  | 0 or more
			vigil.file.error.max-backups=two | vigil.file.error.max-backups| a whole number
			vigil.file.error.threshold=INFO  | vigil.file.error.threshold  | one of error, warn
			vigil.file.format=xml            | vigil.file.format           | one of text, ecs, logstash, gelf
			vigil.file.format=com.example.NoSuchFormatter | vigil.file.format | or the class name of a StructuredLogFormatter
			vigil.file.format=java.lang.String | vigil.file.format         | or the class name of a StructuredLogFormatter
			vigil.file.format=               | vigil.file.format           | one of text, ecs, logstash, gelf or the class name
			vigil.file.charset=UTF-99        | vigil.file.charset          | a charset name
			vigil.file.app.name=sub/app.log  | vigil.file.app.name         | a plain file name
			vigil.file.pattern=%d %nosuchword| vigil.file.pattern          | a Logback pattern
			vigil.file.flush-interval=soon   | vigil.file.flush-interval   | a duration such as 500ms, 10s, 5m or 1h
			vigil.file.permissions.file=rwx  | vigil.file.permissions.file | POSIX permissions such as rw-r-----
			vigil.file.permissions.directory=rwxrwxrwz | vigil.file.permissions.directory | POSIX permissions such as rwxr-x---
			""")
	void badValueFailsStartupNamingPropertyValueAndWhatIsAccepted(String setting, String property, String accepted,
			CapturedOutput output) throws IOException {
		Files.writeString(this.directory.resolve("app.log"), "kept\n");
		assertThatException().isThrownBy(() -> run(setting));
		String value = setting.substring(setting.indexOf('=') + 1);
		assertThat(output).contains("APPLICATION FAILED TO START", property, value, accepted)
			.doesNotContain("\tat dev.vigil");
		assertThat(new LogFile(this.directory.resolve("app.log")).content()).isEqualTo("kept");
	}

	@Test
	void unusableDirectoryStartsTheApplicationAndSaysSoOnceOnTheConsole(CapturedOutput output) throws IOException {
		Path regularFile = Files.writeString(this.directory.resolve("not-a-directory"), "x");
		Path directory = regularFile.resolve("logs");
		ConfigurableApplicationContext context = run("vigil.file.directory=" + directory);
		logger.error("an error line while the directory is unusable");
		assertThat(context.isRunning()).isTrue();
		assertThat(output.getErr()).containsOnlyOnce("Vigil cannot write " + directory.resolve("error.log"))
			.contains("Not a directory");
	}

	@Test
	void unusableDirectoryFailsStartupWithAReportWhenFailFast(CapturedOutput output) throws IOException {
		Path regularFile = Files.writeString(this.directory.resolve("not-a-directory"), "x");
		String directory = regularFile.resolve("logs").toString();
		assertThatException().isThrownBy(() -> run("vigil.file.directory=" + directory, "vigil.file.fail-fast=true"));
		assertThat(output).contains("APPLICATION FAILED TO START", "vigil.file.directory", directory,
				"Accepted: a path to a directory");
	}

	@Test
	void twoContextsWithTheirOwnDirectoriesBothKeepWritingAndStayHealthy(@TempDir Path secondDirectory) {
		ConfigurableApplicationContext first = run();
		ConfigurableApplicationContext second = run("vigil.file.directory=" + secondDirectory);
		assertThat(health(first)).isEqualTo(Status.UP);
		assertThat(health(second)).isEqualTo(Status.UP);
		logger.info("while both run");
		second.close();
		logger.info("after the second closed");
		assertThat(health(first)).isEqualTo(Status.UP);
		assertThat(new LogFile(this.directory.resolve("app.log")).content()).contains("while both run",
				"after the second closed");
		assertThat(new LogFile(secondDirectory.resolve("app.log")).content()).contains("while both run")
			.doesNotContain("after the second closed");
		first.close();
		assertThat(vigilAppenders()).isEmpty();
	}

	@Test
	void aContextStartedAfterAnotherClosedLeavesTheRunningOneItsFiles(@TempDir Path second, @TempDir Path third) {
		ConfigurableApplicationContext first = run();
		run("vigil.file.directory=" + second).close();
		run("vigil.file.directory=" + third);
		logger.info("while the first and the third run");
		assertThat(health(first)).isEqualTo(Status.UP);
		assertThat(new LogFile(this.directory.resolve("app.log")).content()).contains("while the first and the third run");
		assertThat(new LogFile(third.resolve("app.log")).content()).contains("while the first and the third run");
	}

	@Test
	void twoContextsSharingADirectoryWriteEachLineOnceUntilTheLastCloses() {
		ConfigurableApplicationContext first = run();
		ConfigurableApplicationContext second = run();
		first.close();
		logger.info("after the first closed");
		assertThat(health(second)).isEqualTo(Status.UP);
		second.close();
		logger.info("after both closed");
		assertThat(new LogFile(this.directory.resolve("app.log")).lines().stream()
			.filter((line) -> line.endsWith("- after the first closed"))).hasSize(1);
		assertThat(new LogFile(this.directory.resolve("app.log")).content()).doesNotContain("after both closed");
		assertThat(vigilAppenders()).isEmpty();
	}

	@Test
	void aotProcessingAttachesNothingAndCreatesNoFiles(@TempDir Path output) throws IOException {
		Settings settings = Settings.builder()
			.sourceOutput(output.resolve("sources"))
			.resourceOutput(output.resolve("resources"))
			.classOutput(output.resolve("classes"))
			.groupId("dev.vigil")
			.artifactId("aot-test")
			.build();
		new SpringApplicationAotProcessor(AotApplication.class, settings,
				new String[] { "--vigil.file.directory=" + this.directory })
			.process();
		logger.error("after the build step");
		assertThat(files()).isEmpty();
		assertThat(vigilAppenders()).isEmpty();
		// the application started from the generated code still gets its files, and the beans
		// that are conditional on them
		try (Stream<Path> sources = Files.walk(output.resolve("sources"))) {
			assertThat(sources.filter((file) -> file.getFileName().toString()
				.equals("FileLoggingAutoConfiguration__BeanDefinitions.java")))
				.singleElement()
				.satisfies((file) -> assertThat(Files.readString(file)).contains("vigilRollingFiles"));
		}
	}

	private static Status health(ConfigurableApplicationContext context) {
		return context.getBean("loggingHealthIndicator", HealthIndicator.class).health(true).getStatus();
	}

	private ConfigurableApplicationContext run(String... properties) {
		List<String> all = new ArrayList<>(List.of(properties));
		if (all.stream().noneMatch((property) -> property.startsWith("vigil.file.directory="))) {
			all.add("vigil.file.directory=" + this.directory);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class).main(TestApplication.class)
			.web(WebApplicationType.NONE)
			// arguments, so that they win over the build's vigil.file.directory system property
			.run(all.stream().map((property) -> "--" + property).toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.toList();
		}
	}

	private static List<String> vigilAppenders() {
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
		List<String> names = new ArrayList<>();
		root.iteratorForAppenders().forEachRemaining((appender) -> names.add(appender.getName()));
		return names.stream().filter((name) -> name.startsWith("VIGIL_") && name.endsWith("_FILE")).toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class AotApplication {

		public static void main(String[] args) {
			new SpringApplicationBuilder(AotApplication.class).web(WebApplicationType.NONE).run(args);
		}

	}

}
