package dev.vigil.requests;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the actuator on its own management port, the main port serves no actuator endpoint:
 * requests to {@code /actuator/**} there are ordinary requests, logged like any other.
 * Health probes that the main port does serve, on their additional paths, stay left out.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.endpoints.web.exposure.include=health",
				"management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.probes.add-additional-paths=true" })
class ActuatorOnManagementPortTests extends RequestLogServerTests {

	@LocalManagementPort
	int managementPort;

	@Test
	void actuatorPathsOnTheMainPortAreLogged() {
		assertThat(this.client.get("/actuator/health", "X-Request-Id", "main-port-health").status())
			.isEqualTo(404);
		assertThat(this.client.get("/actuator", "X-Request-Id", "main-port-links").status()).isEqualTo(404);
		assertThat(this.appLog.awaitRequestLine("main-port-health")).contains("GET /actuator/health -> 404 in ");
		assertThat(this.appLog.awaitRequestLine("main-port-links")).contains("GET /actuator -> 404 in ");
	}

	@Test
	void requestsToTheManagementPortAreNotLogged() {
		TestClient management = new TestClient(this.managementPort);
		assertThat(management.get("/actuator/health", "X-Request-Id", "management-health").status())
			.isEqualTo(200);
		this.client.get("/hello", "X-Request-Id", "after-management");
		this.appLog.awaitRequestLine("after-management");
		assertThat(this.appLog.requestLines("management-health")).isEmpty();
	}

	@Test
	void probesOnTheMainPortAreStillLeftOut() {
		assertThat(this.client.get("/livez", "X-Request-Id", "main-port-livez").status()).isEqualTo(200);
		// the line of a later request is written after those of the earlier ones
		this.client.get("/hello", "X-Request-Id", "after-livez");
		this.appLog.awaitRequestLine("after-livez");
		assertThat(this.appLog.requestLines("main-port-livez")).isEmpty();
	}

}
