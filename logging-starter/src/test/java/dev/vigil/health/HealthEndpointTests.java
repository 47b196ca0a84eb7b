package dev.vigil.health;

import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator is a component of the actuator's health endpoint, named {@code logging}.
 */
@SpringBootTest(classes = HealthTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoint.health.show-details=always")
@DirtiesContext
class HealthEndpointTests extends TemporaryLogDirectory {

	@LocalServerPort
	int port;

	@Test
	void healthEndpointHasTheLoggingComponent() throws Exception {
		LoggerFactory.getLogger("com.example.shop.Orders").error("Order 42 failed");
		Response response = get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		JsonNode logging = JsonMapper.shared().readTree(response.body()).path("components").path("logging");
		assertThat(logging.path("status").asString()).isEqualTo("UP");
		JsonNode details = logging.path("details");
		assertThat(details.path("directory").asString()).isEqualTo(logs.toRealPath().toString());
		assertThat(details.path("appLogBytes").asLong()).isPositive();
		assertThat(details.path("errorLogBytes").asLong()).isPositive();
		assertThat(details.path("freeBytes").asLong()).isPositive();
		assertThat(details.path("errorsLastMinute").asLong()).isEqualTo(1);
		assertThat(details.path("errorsLast15Minutes").asLong()).isEqualTo(1);
		assertThat(details.path("lastErrorAt").asString()).isNotEmpty();
		assertThat(details.path("alerts").path("enabled").asBoolean()).isFalse();
	}

	@Test
	void loggingComponentHasItsOwnPath() throws Exception {
		Response response = get("/actuator/health/logging");
		assertThat(response.status()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	private Response get(String path) {
		return new TestClient(this.port).get(path);
	}

}
