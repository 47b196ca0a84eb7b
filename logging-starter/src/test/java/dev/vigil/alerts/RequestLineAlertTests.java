package dev.vigil.alerts;

import java.nio.file.Path;
import java.util.List;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rule on Vigil's own request lines ({@code dev.vigil.requests}) alerts, although those lines
 * go only to Vigil's files and not to the appenders of the root logger: a burst of 404s, a
 * scan perhaps, is one alert.
 */
@SpringBootTest(classes = { AlertsTestApplication.class, RequestLineAlertTests.Channels.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.alerts.rules[0].name=not-found", "vigil.alerts.rules[0].logger=dev.vigil.requests",
				"vigil.alerts.rules[0].level=info", "vigil.alerts.rules[0].message=-> 404 in",
				"vigil.alerts.rules[0].threshold=3", "vigil.alerts.rules[0].window=1m",
				"vigil.alerts.rules[0].channels=chat" })
@DirtiesContext
class RequestLineAlertTests {

	@TempDir
	static Path logs;

	@LocalServerPort
	int port;

	@Autowired
	AlertChannelTests.RecordingChannel chat;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@Test
	void aThresholdRuleOnTheRequestLinesOf404sAlertsOnceOnTheThird() {
		TestClient client = new TestClient(this.port);
		assertThat(client.get("/no-such-page").status()).isEqualTo(404);
		assertThat(client.get("/no-such-page").status()).isEqualTo(404);
		marker("A");
		assertThat(this.chat.alerts).extracting(Alert::message).containsExactly("Marker A");
		assertThat(client.get("/no-such-page").status()).isEqualTo(404);
		marker("B");
		List<Alert> alerts = this.chat.alerts;
		assertThat(alerts).hasSize(3);
		Alert alert = alerts.get(1);
		assertThat(alert.rule()).isEqualTo("3 events matching rule not-found in 1m");
		assertThat(alert.logger()).isEqualTo("dev.vigil.requests");
		assertThat(alert.message()).startsWith("GET /no-such-page -> 404 in ");
	}

	/**
	 * Logs an ERROR that the default sends to the channel and waits for it: the channel's alerts
	 * arrive in order, so what it has then is all it will get before it.
	 */
	private void marker(String name) {
		LoggerFactory.getLogger("com.example.marker." + name).error("Marker " + name);
		await().until(() -> this.chat.alerts.stream().anyMatch((alert) -> alert.message().equals("Marker " + name)));
	}

	@Configuration(proxyBeanMethods = false)
	static class Channels {

		@Bean
		AlertChannelTests.RecordingChannel chat() {
			return new AlertChannelTests.RecordingChannel("chat");
		}

	}

}
