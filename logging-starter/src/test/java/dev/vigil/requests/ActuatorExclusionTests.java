package dev.vigil.requests;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator's endpoints are left out of the request log wherever its base path puts them,
 * here at the root, with the health probes on their additional paths of the main port.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.base-path=/", "management.endpoints.web.exposure.include=health",
				"management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.probes.add-additional-paths=true" })
class ActuatorExclusionTests extends RequestLogServerTests {

	@Test
	void endpointsAtTheRootAndProbesAreNotLogged() {
		assertThat(this.client.get("/health", "X-Request-Id", "root-health").status()).isEqualTo(200);
		assertThat(this.client.get("/health/liveness", "X-Request-Id", "root-liveness").status())
			.isEqualTo(200);
		assertThat(this.client.get("/livez", "X-Request-Id", "probe-livez").status()).isEqualTo(200);
		// the line of a later request is written after those of the earlier ones
		this.client.get("/hello", "X-Request-Id", "after-actuator");
		this.appLog.awaitRequestLine("after-actuator");
		assertThat(this.appLog.requestLines("root-health")).isEmpty();
		assertThat(this.appLog.requestLines("root-liveness")).isEmpty();
		assertThat(this.appLog.requestLines("probe-livez")).isEmpty();
	}

	@Test
	void otherPathsAreStillLogged() {
		this.client.get("/hello", "X-Request-Id", "not-actuator");
		assertThat(this.appLog.awaitRequestLine("not-actuator")).contains("GET /hello -> 200");
	}

}
