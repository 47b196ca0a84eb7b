package dev.vigil.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel-neutral settings under {@code vigil.alerts}, and their old names under
 * {@code vigil.alerts.mail}, which still work.
 */
class AlertsPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AlertsAutoConfiguration.class))
		.withBean(AlertChannel.class, () -> new AlertChannelTests.RecordingChannel("chat"));

	@Test
	void theOldMailNamesStillBind() {
		this.runner.withPropertyValues("vigil.alerts.mail.level=warn", "vigil.alerts.mail.context-lines=5",
				"vigil.alerts.mail.dedupe-window=5m", "vigil.alerts.mail.max-per-hour=3",
				"vigil.alerts.mail.queue-capacity=7", "vigil.alerts.mail.shutdown-timeout=2s")
			.run((context) -> {
				AlertSettings settings = settings(context);
				assertThat(settings.level().value()).isEqualTo(LogLevel.WARN);
				assertThat(settings.contextLines().value()).isEqualTo(5);
				assertThat(settings.dedupeWindow().value()).isEqualTo(Duration.ofMinutes(5));
				assertThat(settings.maxPerHour().value()).isEqualTo(3);
				assertThat(settings.queueCapacity().value()).isEqualTo(7);
				assertThat(settings.shutdownTimeout().value()).isEqualTo(Duration.ofSeconds(2));
				assertThat(settings.dedupeWindow().property()).isEqualTo("vigil.alerts.mail.dedupe-window");
			});
	}

	@Test
	void theNewNamesWinWhenBothAreSet() {
		this.runner.withPropertyValues("vigil.alerts.mail.dedupe-window=5m", "vigil.alerts.dedupe-window=1m",
				"vigil.alerts.mail.max-per-hour=3", "vigil.alerts.max-per-hour=9", "vigil.alerts.mail.level=warn",
				"vigil.alerts.level=error")
			.run((context) -> {
				AlertSettings settings = settings(context);
				assertThat(settings.dedupeWindow().value()).isEqualTo(Duration.ofMinutes(1));
				assertThat(settings.dedupeWindow().property()).isEqualTo("vigil.alerts.dedupe-window");
				assertThat(settings.maxPerHour().value()).isEqualTo(9);
				assertThat(settings.level().value()).isEqualTo(LogLevel.ERROR);
			});
	}

	@Test
	void withNeitherSetTheDefaultsAreTheOldOnes() {
		this.runner.run((context) -> {
			AlertSettings settings = settings(context);
			assertThat(settings.level().value()).isEqualTo(LogLevel.ERROR);
			assertThat(settings.contextLines().value()).isEqualTo(20);
			assertThat(settings.dedupeWindow().value()).isEqualTo(Duration.ofMinutes(10));
			assertThat(settings.maxPerHour().value()).isEqualTo(20);
			assertThat(settings.queueCapacity().value()).isEqualTo(100);
			assertThat(settings.shutdownTimeout().value()).isEqualTo(Duration.ofSeconds(10));
		});
	}

	@Test
	void aBadValueIsReportedUnderTheNameItWasSetWith() {
		this.runner.withPropertyValues("vigil.alerts.queue-capacity=0", "vigil.alerts.mail.queue-capacity=5")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("vigil.alerts.queue-capacity")
				.hasMessageNotContaining("vigil.alerts.mail.queue-capacity"));
		this.runner.withPropertyValues("vigil.alerts.mail.queue-capacity=0", "vigil.alerts.queue-capacity=5")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aPageUrlThatIsNotAnAbsoluteWebAddressFailsTheStartupNamingTheProperty() {
		for (String bad : new String[] { "/actuator/vigil", "ftp://example.com/vigil", "https://example.com/vigil#top" }) {
			this.runner.withPropertyValues("vigil.alerts.page-url=" + bad)
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("vigil.alerts.page-url")
					.hasMessageContaining(bad)
					.hasMessageContaining("absolute http or https URL"));
		}
		this.runner.withPropertyValues("vigil.alerts.page-url=https://app.example.com/actuator/vigil")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void theOldNamesAreDeprecatedInTheMetadataInFavourOfTheNewOnes() throws IOException {
		Map<String, JsonNode> properties = new HashMap<>();
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			JsonMapper.builder().build().readTree(in).path("properties")
				.forEach((property) -> properties.put(property.path("name").asString(), property));
		}
		for (String name : new String[] { "level", "context-lines", "dedupe-window", "max-per-hour", "queue-capacity",
				"shutdown-timeout" }) {
			assertThat(properties).containsKey("vigil.alerts." + name);
			assertThat(properties.get("vigil.alerts.mail." + name).path("deprecation").path("replacement").asString())
				.as("replacement of vigil.alerts.mail.%s", name)
				.isEqualTo("vigil.alerts." + name);
		}
		assertThat(properties.get("vigil.alerts.mail.to").has("deprecation")).isFalse();
	}

	private static AlertSettings settings(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		return AlertSettings.of(context.getBean(AlertsProperties.class), context.getBean(MailAlertsProperties.class));
	}

}
