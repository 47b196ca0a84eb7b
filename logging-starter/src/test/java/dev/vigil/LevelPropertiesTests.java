package dev.vigil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.vigil.alerts.MailAlertsProperties;
import dev.vigil.errors.ErrorHandlingProperties;
import dev.vigil.file.FileLoggingProperties;
import dev.vigil.requests.RequestLogProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Every level property is Spring Boot's {@link LogLevel}, written in lower case as in
 * {@code logging.level.*}, and a level a property does not take fails the start with a report.
 * Starts a real web application with every feature, mail alerts included.
 */
@ExtendWith(OutputCaptureExtension.class)
class LevelPropertiesTests {

	@TempDir
	Path logs;

	@Test
	void everyLevelPropertyBindsToBootsLogLevelFromLowerCaseText() {
		try (ConfigurableApplicationContext context = run("vigil.file.error.threshold=warn",
				"vigil.requests.client-error-level=debug", "vigil.errors.client-error-level=error",
				"vigil.errors.not-found-level=off", "vigil.alerts.mail.level=warn")) {
			assertThat(context.getBean(FileLoggingProperties.class).getError().getThreshold())
				.isEqualTo(LogLevel.WARN);
			assertThat(context.getBean(RequestLogProperties.class).getClientErrorLevel()).isEqualTo(LogLevel.DEBUG);
			assertThat(context.getBean(ErrorHandlingProperties.class).getClientErrorLevel())
				.isEqualTo(LogLevel.ERROR);
			assertThat(context.getBean(ErrorHandlingProperties.class).getNotFoundLevel()).isEqualTo(LogLevel.OFF);
			assertThat(context.getBean(MailAlertsProperties.class).getLevel()).isEqualTo(LogLevel.WARN);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			vigil.file.error.threshold=info        | Accepted: one of error, warn.
			vigil.file.error.threshold=loud        | Accepted: one of error, warn.
			vigil.requests.client-error-level=off  | Accepted: one of trace, debug, info, warn, error.
			vigil.requests.client-error-level=loud | Accepted: one of trace, debug, info, warn, error.
			vigil.errors.client-error-level=loud   | Accepted: one of trace, debug, info, warn, error, fatal, off.
			vigil.errors.not-found-level=loud      | Accepted: one of trace, debug, info, warn, error, fatal, off.
			vigil.alerts.mail.level=debug          | Accepted: one of error, warn.
			vigil.alerts.mail.level=loud           | Accepted: one of error, warn.
			""")
	void aLevelThePropertyDoesNotTakeFailsStartupNamingPropertyValueAndWhatIsAccepted(String setting,
			String accepted, CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(setting).close());
		String property = setting.substring(0, setting.indexOf('='));
		String value = setting.substring(setting.indexOf('=') + 1);
		assertThat(output).contains("APPLICATION FAILED TO START", property, "'" + value + "'", accepted);
	}

	private ConfigurableApplicationContext run(String... properties) {
		List<String> all = new ArrayList<>(List.of("vigil.file.directory=" + this.logs, "server.port=0",
				"spring.mail.host=localhost", "spring.mail.port=1", "vigil.alerts.mail.enabled=true",
				"vigil.alerts.mail.to=ops@example.com", "vigil.alerts.mail.from=alerts@example.com"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(TestApplication.class)
			// arguments, so that they win over the build's vigil.file.directory system property
			.run(all.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
