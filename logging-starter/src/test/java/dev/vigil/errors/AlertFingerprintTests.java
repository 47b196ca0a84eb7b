package dev.vigil.errors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertChannel;
import dev.vigil.alerts.AlertDigest;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An alert and the error registry name the same event by the same fingerprint, so that the
 * fingerprint in a mail or a chat message finds the group on the errors page and in the
 * {@code vigil.errors} metric: for an ERROR logged by application code and for a failed request.
 */
@SpringBootTest(classes = { ErrorTestApplication.class, AlertFingerprintTests.Channels.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vigil.file.enabled=false")
@DirtiesContext
class AlertFingerprintTests {

	@LocalServerPort
	int port;

	@Autowired
	ErrorRegistry registry;

	@Autowired
	RecordingChannel channel;

	@Test
	void anAlertCarriesTheFingerprintOfTheRegistrysGroupOfItsEvent() {
		LoggerFactory.getLogger("com.example.shop.PaymentJob").error("Payment {} failed", 42);
		String errorId = new TestClient(this.port).get("/boom").errorId();
		await().until(() -> this.channel.alerts.size() == 2);
		Alert logged = this.channel.alerts.stream()
			.filter((alert) -> alert.message().equals("Payment 42 failed"))
			.findFirst()
			.orElseThrow();
		Alert failedRequest = this.channel.alerts.stream()
			.filter((alert) -> errorId.equals(alert.errorId()))
			.findFirst()
			.orElseThrow();
		ErrorGroup loggedGroup = this.registry.groups()
			.stream()
			.filter((group) -> group.lastLogger().equals("com.example.shop.PaymentJob"))
			.findFirst()
			.orElseThrow();
		ErrorGroup failedGroup = this.registry.groups()
			.stream()
			.filter((group) -> errorId.equals(group.lastErrorId()))
			.findFirst()
			.orElseThrow();
		assertThat(logged.fingerprint()).isEqualTo(loggedGroup.fingerprint());
		assertThat(failedRequest.fingerprint()).isEqualTo(failedGroup.fingerprint());
		assertThat(loggedGroup.fingerprint()).isNotEqualTo(failedGroup.fingerprint());
	}

	static class RecordingChannel implements AlertChannel {

		final List<Alert> alerts = new CopyOnWriteArrayList<>();

		@Override
		public String name() {
			return "recording";
		}

		@Override
		public void send(Alert alert) {
			this.alerts.add(alert);
		}

		@Override
		public void send(AlertDigest digest) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Channels {

		@Bean
		RecordingChannel recordingChannel() {
			return new RecordingChannel();
		}

	}

}
