package dev.vigil.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import dev.vigil.alerts.AlertsAutoConfiguration;
import dev.vigil.alerts.MailAlertsAutoConfiguration;
import dev.vigil.errors.ErrorPipelineAutoConfiguration;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.RollingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link LoggingHealthIndicator} with real log files in a temporary directory.
 */
class LoggingHealthIndicatorTests {

	private static final Logger logger = LoggerFactory.getLogger("com.example.shop.Orders");

	@TempDir
	Path logs;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FileLoggingAutoConfiguration.class,
					MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class, ErrorPipelineAutoConfiguration.class,
					LoggingHealthAutoConfiguration.class))
			.withPropertyValues("vigil.file.directory=" + this.logs);
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean(LoggingHealthIndicator.class).health(true);
	}

	@Test
	void upWithDirectoryFileSizesAndErrorCounts() {
		runner().run((context) -> {
			logger.info("Order 1 placed");
			logger.error("Order 2 failed");
			RollingFiles files = context.getBean(RollingFiles.class);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			Map<String, Object> details = health.getDetails();
			assertThat(details).containsEntry("directory", this.logs.toRealPath().toString())
				.containsEntry("appLogBytes", Files.size(files.appLog()))
				.containsEntry("errorLogBytes", Files.size(files.errorLog()))
				.containsEntry("errorsLastMinute", 1L)
				.containsEntry("errorsLast15Minutes", 1L)
				.containsKey("lastErrorAt")
				.doesNotContainKey("reason");
			assertThat((Long) details.get("appLogBytes")).isPositive();
			assertThat((Long) details.get("freeBytes")).isPositive();
			assertThat(details.get("alerts")).isEqualTo(Map.of("enabled", false));
		});
	}

	@Test
	void noLastErrorBeforeTheFirstError() {
		runner().run((context) -> assertThat(health(context).getDetails()).doesNotContainKey("lastErrorAt")
			.containsEntry("errorsLastMinute", 0L));
	}

	@Test
	void downWhenFreeSpaceIsBelowTheMinimum() {
		runner().withPropertyValues("vigil.health.min-free-space=1000000TB").run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("reason")).contains("bytes are free in")
				.endsWith("vigil.health.min-free-space (1099511627776000000 bytes)");
		});
	}

	@Test
	void downWhenTheDirectoryIsNotWritable() throws IOException {
		assumeTrue(Files.getFileStore(this.logs).supportsFileAttributeView("posix"), "needs POSIX permissions");
		runner().run((context) -> {
			Files.setPosixFilePermissions(this.logs, PosixFilePermissions.fromString("r-xr-xr-x"));
			try {
				assumeFalse(Files.isWritable(this.logs),
						"running as root: the file system grants root write access whatever the permissions");
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat((String) health.getDetails().get("reason")).contains("is not writable");
			}
			finally {
				Files.setPosixFilePermissions(this.logs, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		});
	}

	@Test
	void downWhenTheDirectoryIsGone() {
		runner().run((context) -> {
			try (Stream<Path> files = Files.list(this.logs)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(this.logs);
			// A regular file where the directory was: no directory, whoever runs the test
			Files.writeString(this.logs, "not a directory");
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("reason")).contains("does not exist");
			Files.delete(this.logs);
		});
	}

	@Test
	void downWhileALogFileCannotBeWrittenAndUpAgainOnceItCan() throws IOException {
		// a symbolic link planted at the app log: refused, whoever runs the test
		Path link = Files.createSymbolicLink(this.logs.resolve("app.log"), this.logs.resolve("elsewhere.log"));
		runner().run((context) -> {
			logger.info("This line cannot be written");
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("reason")).contains("Cannot write " + link)
				.contains("symbolic link");
			assertThat((Long) health.getDetails().get("lostLines")).isPositive();
			Files.delete(link);
			await().atMost(Duration.ofSeconds(10)).until(() -> health(context).getStatus().equals(Status.UP));
			assertThat(this.logs.resolve("elsewhere.log")).doesNotExist();
		});
	}

	@Test
	void downWhenMoreErrorsThanAllowedPerMinute() {
		runner().withPropertyValues("vigil.health.max-errors-per-minute=3").run((context) -> {
			for (int i = 0; i < 3; i++) {
				logger.error("Order {} failed", i);
			}
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			logger.error("Order 4 failed");
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("reason"))
				.isEqualTo("4 errors were logged in the last minute, more than vigil.health.max-errors-per-minute (3)");
		});
	}

	@Test
	void showsTheAlertCountersWhenAlertsAreEnabled() {
		runner().withBean(JavaMailSender.class, JavaMailSenderImpl::new)
			.withPropertyValues("vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
					"vigil.alerts.mail.from=alerts@shop.example.com")
			.run((context) -> assertThat(health(context).getDetails().get("alerts")).isEqualTo(Map.of("enabled", true,
					"queued", 0, "sent", 0L, "suppressed", 0L, "dropped", 0L, "failed", 0L, "channels",
					Map.of("mail", Map.of("sent", 0L, "failed", 0L, "dropped", 0L)))));
	}

}
