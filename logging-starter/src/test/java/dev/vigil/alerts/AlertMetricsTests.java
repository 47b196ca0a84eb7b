package dev.vigil.alerts;

import java.time.Duration;
import java.util.ArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vigil.metrics.VigilMetricsAutoConfiguration;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The counter {@code vigil.alerts}: one series per outcome, reading the same numbers as the
 * health indicator.
 */
class AlertMetricsTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class,
					VigilMetricsAutoConfiguration.class))
			.withPropertyValues("spring.mail.host=localhost", "spring.mail.port=" + greenMail.getSmtp().getPort(),
					"vigil.alerts.mail.enabled=true", "vigil.alerts.mail.to=ops@example.com",
					"vigil.alerts.mail.from=alerts@shop.example.com");
	}

	@Test
	void publishesEachOutcomeAsItsOwnSeries() {
		AlertStats stats = new AlertStats(new ArrayList<>());
		ChannelStats mail = stats.addChannel(new AlertChannelTests.RecordingChannel("mail"));
		mail.sent();
		stats.suppressed();
		stats.suppressed();
		for (int i = 0; i < 3; i++) {
			stats.dropped();
		}
		for (int i = 0; i < 4; i++) {
			mail.failed("refused");
		}
		MeterRegistry registry = new SimpleMeterRegistry();
		new AlertMetrics(stats).bindTo(registry);
		assertThat(count(registry, "sent")).isEqualTo(1);
		assertThat(count(registry, "suppressed")).isEqualTo(2);
		assertThat(count(registry, "dropped")).isEqualTo(3);
		assertThat(count(registry, "failed")).isEqualTo(4);
		mail.sent();
		assertThat(count(registry, "sent")).isEqualTo(2);
	}

	@Test
	void tagsEachOutcomeWithItsChannelOrNone() {
		AlertStats stats = new AlertStats(new ArrayList<>());
		ChannelStats mail = stats.addChannel(new AlertChannelTests.RecordingChannel("mail"));
		ChannelStats chat = stats.addChannel(new AlertChannelTests.RecordingChannel("chat"));
		mail.sent();
		mail.sent();
		chat.failed("answered 503");
		chat.dropped();
		stats.suppressed();
		stats.dropped();
		stats.dropped();
		MeterRegistry registry = new SimpleMeterRegistry();
		new AlertMetrics(stats).bindTo(registry);
		assertThat(count(registry, "mail", "sent")).isEqualTo(2);
		assertThat(count(registry, "mail", "failed")).isZero();
		assertThat(count(registry, "mail", "dropped")).isZero();
		assertThat(count(registry, "chat", "sent")).isZero();
		assertThat(count(registry, "chat", "failed")).isEqualTo(1);
		assertThat(count(registry, "chat", "dropped")).isEqualTo(1);
		assertThat(count(registry, "none", "suppressed")).isEqualTo(1);
		assertThat(count(registry, "none", "dropped")).isEqualTo(2);
		assertThat(registry.find(AlertMetrics.METER_NAME).meters()).hasSize(8)
			.allSatisfy((meter) -> assertThat(meter.getId().getTag("channel")).isNotNull());
	}

	@Test
	void countsAMailedAlertAsSentInTheApplicationsRegistry() {
		runner()
			.withConfiguration(
					AutoConfigurations.of(MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(AlertMetrics.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				// sent, failed and dropped of the mail channel; suppressed and dropped of none
				assertThat(registry.find(AlertMetrics.METER_NAME).functionCounters()).hasSize(5)
					.allSatisfy((counter) -> assertThat(counter.count()).isZero());
				LoggerFactory.getLogger("com.example.shop.OrderService").error("Order 42 could not be placed");
				await().atMost(Duration.ofSeconds(10)).until(() -> count(registry, "sent") == 1);
				assertThat(greenMail.getReceivedMessages()).hasSize(1);
				assertThat(count(registry, "failed")).isZero();
			});
	}

	@Test
	void noCounterWithoutAMeterRegistry() {
		runner().run((context) -> assertThat(context).hasSingleBean(AlertStats.class)
			.doesNotHaveBean(AlertMetrics.class));
	}

	@Test
	void noCounterWithoutMicrometer() {
		runner().withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(AlertStats.class)
				.doesNotHaveBean(AlertMetrics.class));
	}

	@Test
	void noCounterWithoutAlerts() {
		runner().withPropertyValues("vigil.alerts.mail.enabled=false")
			.withConfiguration(
					AutoConfigurations.of(MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(MeterRegistry.class).find(AlertMetrics.METER_NAME).meters())
				.isEmpty());
	}

	private static double count(MeterRegistry registry, String channel, String outcome) {
		return registry.get(AlertMetrics.METER_NAME).tag("channel", channel).tag("outcome", outcome).functionCounter()
			.count();
	}

	/**
	 * An outcome over all channels, {@code none} included.
	 */
	private static double count(MeterRegistry registry, String outcome) {
		return registry.get(AlertMetrics.METER_NAME)
			.tag("outcome", outcome)
			.functionCounters()
			.stream()
			.mapToDouble(FunctionCounter::count)
			.sum();
	}

}
