package dev.vigil.alerts;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the conditions and the startup checks of {@link MailAlertsAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailAlertsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class));

	private final ApplicationContextRunner enabled = this.runner.withPropertyValues("vigil.alerts.mail.enabled=true",
			"vigil.alerts.mail.to=ops@example.com", "vigil.alerts.mail.from=alerts@shop.example.com",
			"spring.mail.host=localhost", "spring.mail.port=1");

	@Test
	void offByDefault() {
		this.runner.withPropertyValues("spring.mail.host=localhost", "vigil.alerts.mail.to=ops@example.com")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(AlertDispatcher.class)
				.doesNotHaveBean(AlertStats.class));
	}

	@Test
	void onWhenEnabledWithRecipientsAndMailServer() {
		this.enabled.run((context) -> assertThat(context).hasSingleBean(AlertDispatcher.class).hasSingleBean(AlertStats.class));
	}

	@Test
	void offWhenVigilIsDisabled() {
		this.enabled.withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AlertDispatcher.class));
	}

	@Test
	void usesTheApplicationsOwnMailSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		this.runner.withBean(JavaMailSender.class, () -> sender)
			.withPropertyValues("vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
					"vigil.alerts.mail.from=alerts@shop.example.com")
			.run((context) -> assertThat(context).hasSingleBean(AlertDispatcher.class));
	}

	@Test
	void failsWithoutRecipients() {
		this.runner.withPropertyValues("vigil.alerts.mail.enabled=true", "spring.mail.host=localhost")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).isEqualTo(
						"E-mail alerts are enabled (vigil.alerts.mail.enabled=true) but no recipient is set (vigil.alerts.mail.to).");
				assertThat(analysis.getAction()).contains("Set vigil.alerts.mail.to to one or more e-mail addresses")
					.contains("vigil.alerts.mail.enabled=false");
			});
	}

	@Test
	void failsWithoutMailServer() {
		this.runner.withPropertyValues("vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("no mail server is configured (spring.mail.host is not set");
				assertThat(analysis.getAction()).contains("Set spring.mail.host");
			});
	}

	@Test
	void reportsEveryMissingSettingAtOnce() {
		this.runner.withPropertyValues("vigil.alerts.mail.enabled=true").run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("vigil.alerts.mail.to").contains("spring.mail.host");
		});
	}

	@Test
	void failsWithoutMailSupportOnTheClasspath() {
		this.enabled.withClassLoader(new FilteredClassLoader(MimeMessage.class)).run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("the mail support is not on the classpath");
			assertThat(analysis.getAction()).contains("org.springframework.boot:spring-boot-starter-mail");
		});
	}

	@Test
	void withoutMailSupportAndNotEnabledNothingHappens() {
		this.runner.withClassLoader(new FilteredClassLoader(JavaMailSender.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AlertDispatcher.class));
	}

	@Test
	void failsOnAnInvalidRecipient() {
		this.enabled.withPropertyValues("vigil.alerts.mail.to=ops@example.com,not-an-address").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("vigil.alerts.mail.to")
				.hasMessageContaining("'not-an-address' is not a valid e-mail address");
		});
	}

	@Test
	void failsOnAnInvalidSender() {
		this.enabled.withPropertyValues("vigil.alerts.mail.from=vigil at example.com")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("vigil.alerts.mail.from"));
	}

	@Test
	void failsOnASenderWithoutQualifiedDomain() {
		this.enabled.withPropertyValues("vigil.alerts.mail.from=vigil@vm").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("vigil.alerts.mail.from")
				.hasMessageContaining("'vigil@vm'")
				.hasMessageContaining("Accepted: an e-mail address whose domain has a dot");
		});
	}

	@Test
	void failsOnADeliveryTimeoutOfZero() {
		this.enabled.withPropertyValues("vigil.alerts.mail.delivery-timeout=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("vigil.alerts.mail.delivery-timeout")
				.hasMessageContaining("Accepted: a duration of more than zero");
		});
	}

	@Test
	void leavesTheApplicationsMailSenderWithoutVigilsSocketFactory() {
		this.enabled.run((context) -> assertThat(context.getBean(JavaMailSenderImpl.class).getSession().getProperties())
			.doesNotContainKey("mail.smtp.socketFactory"));
	}

	@Test
	void failsOnAnEmptyQueue() {
		this.enabled.withPropertyValues("vigil.alerts.mail.queue-capacity=0")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("vigil.alerts.mail.queue-capacity"));
	}

	@Test
	void givesTheMailSenderFiveSecondTimeoutsWhenNoneAreSet() {
		this.enabled.run((context) -> assertThat(
				context.getBean(JavaMailSenderImpl.class).getJavaMailProperties())
			.containsEntry("mail.smtp.connectiontimeout", "5000")
			.containsEntry("mail.smtp.timeout", "5000")
			.containsEntry("mail.smtp.writetimeout", "5000"));
	}

	@Test
	void keepsTheTimeoutsSetInSpringMailProperties() {
		this.enabled.withPropertyValues("spring.mail.properties.mail.smtp.timeout=60000")
			.run((context) -> assertThat(context.getBean(JavaMailSenderImpl.class).getJavaMailProperties())
				.containsEntry("mail.smtp.timeout", "60000")
				.containsEntry("mail.smtp.connectiontimeout", "5000"));
	}

	@Test
	void startupReportNamesTheUnqualifiedSenderAndWhatIsAccepted(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--vigil.alerts.mail.enabled=true", "--spring.mail.host=localhost",
				"--vigil.alerts.mail.to=ops@example.com", "--vigil.alerts.mail.from=vigil@vm"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'vigil@vm' for configuration property 'vigil.alerts.mail.from'")
			.contains("Accepted: an e-mail address whose domain has a dot");
	}

	@Test
	void startupReportSaysWhatIsMissing(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--vigil.alerts.mail.enabled=true", "--spring.mail.host=localhost"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("E-mail alerts are enabled (vigil.alerts.mail.enabled=true) but no recipient is set "
					+ "(vigil.alerts.mail.to).")
			.contains("Set vigil.alerts.mail.to to one or more e-mail addresses");
	}

	@Test
	void startupReportNamesTheInvalidAddressAndWhatIsAccepted(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--vigil.alerts.mail.enabled=true", "--spring.mail.host=localhost",
				"--vigil.alerts.mail.to=ops.example.com"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'ops.example.com' for configuration property 'vigil.alerts.mail.to'")
			.contains("Accepted: one or more e-mail addresses separated by commas");
	}

	private static void run(String... args) {
		SpringApplication application = new SpringApplication(FailingApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args);
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new MailAlertsFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		return analysis;
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class })
	static class FailingApplication {

	}

}
