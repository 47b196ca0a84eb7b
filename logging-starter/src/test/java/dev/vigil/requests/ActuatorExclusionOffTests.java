package dev.vigil.requests;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code vigil.requests.exclude-actuator=false} the actuator's requests are logged like
 * any other.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "vigil.requests.exclude-actuator=false")
class ActuatorExclusionOffTests extends RequestLogServerTests {

	@Test
	void actuatorRequestsAreLogged() {
		assertThat(this.client.get("/actuator/health", "X-Request-Id", "logged-health").status())
			.isEqualTo(200);
		assertThat(this.appLog.awaitRequestLine("logged-health")).contains("GET /actuator/health -> 200");
	}

}
