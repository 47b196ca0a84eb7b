package dev.vigil.errors;

import java.util.ArrayList;
import java.util.List;

import dev.vigil.test.TestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ERROR event, from a failed request or from any logger of the application, reaches the
 * {@code errors} endpoint, the {@code vigil.errors} metric and the health indicator's error
 * rate, each exactly once and under the same fingerprint.
 */
@SpringBootTest(classes = { ErrorTestApplication.class, ApplicationErrorsTests.PaymentJob.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.enabled=false", "management.endpoints.web.exposure.include=errors,health",
				"management.endpoint.health.show-details=always" })
class ApplicationErrorsTests {

	@LocalServerPort
	int port;

	@Autowired
	PaymentJob job;

	@Autowired
	MeterRegistry meters;

	TestClient http;

	@BeforeEach
	void client() {
		this.http = new TestClient(this.port);
	}

	@Test
	void errorsOfAStartupRunnerAreInTheErrorsEndpoint() {
		JsonNode group = groupLabelled("PaymentJob: Payment {} failed at startup");
		assertThat(group).isNotNull();
		assertThat(group.get("lastLogger").asString()).isEqualTo(PaymentJob.class.getName());
		assertThat(group.get("lastThread").asString()).isEqualTo("main");
	}

	@Test
	void loggedErrorsAreOneGroupPerTemplateInEndpointMetricAndErrorRate() {
		long errorsBefore = errorsLastMinute();
		this.job.pay("p-1");
		this.job.pay("p-2\nforged");
		assertThat(errorsLastMinute()).isEqualTo(errorsBefore + 2);
		JsonNode group = groupLabelled("PaymentJob: Payment {} failed");
		assertThat(group).isNotNull();
		String fingerprint = group.get("fingerprint").asString();
		assertThat(group.get("count").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(group.get("lastMessage").asString()).isEqualTo("Payment p-2\\nforged failed");
		assertThat(group.get("lastLogger").asString()).isEqualTo(PaymentJob.class.getName());
		assertThat(group.get("lastThread").asString()).isEqualTo(Thread.currentThread().getName());
		assertThat(group.path("lastRequest").isObject()).isFalse();
		assertThat(this.http.get("/actuator/errors/" + fingerprint).status()).isEqualTo(200);
		Counter counter = this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", "None", "fingerprint", fingerprint, "status", "none")
			.counter();
		assertThat(counter).isNotNull();
		assertThat(counter.count()).isEqualTo(group.get("count").asDouble());
	}

	@Test
	void aServerErrorIsCountedOnceWithItsRequest() {
		long errorsBefore = errorsLastMinute();
		String errorId = this.http.get("/boom").errorId();
		assertThat(errorsLastMinute()).isEqualTo(errorsBefore + 1);
		JsonNode group = groupWithLastErrorId(errorId);
		assertThat(group).isNotNull();
		JsonNode request = group.get("lastRequest");
		assertThat(request.get("method").asString()).isEqualTo("GET");
		assertThat(request.get("path").asString()).isEqualTo("/boom");
		assertThat(request.get("status").asInt()).isEqualTo(500);
		assertThat(request.get("errorId").asString()).isEqualTo(errorId);
		assertThat(request.get("requestId").asString()).isNotBlank();
		String fingerprint = group.get("fingerprint").asString();
		long count = group.get("count").asLong();
		double counted = this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", "IllegalStateException", "fingerprint", fingerprint, "status", "500")
			.counter()
			.count();
		this.http.get("/boom");
		assertThat(groupWithLastErrorId(null, fingerprint).get("count").asLong()).isEqualTo(count + 1);
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", "IllegalStateException", "fingerprint", fingerprint, "status", "500")
			.counter()
			.count()).isEqualTo(counted + 1);
		assertThat(errorsLastMinute()).isEqualTo(errorsBefore + 2);
	}

	private long errorsLastMinute() {
		return this.http.get("/actuator/health/logging").json().get("details").get("errorsLastMinute").asLong();
	}

	private JsonNode groupLabelled(String label) {
		for (JsonNode group : groups()) {
			if (group.get("label").asString().equals(label)) {
				return group;
			}
		}
		return null;
	}

	private JsonNode groupWithLastErrorId(String errorId) {
		return groupWithLastErrorId(errorId, null);
	}

	private JsonNode groupWithLastErrorId(String errorId, String fingerprint) {
		for (JsonNode group : groups()) {
			if ((errorId != null && errorId.equals(group.get("lastErrorId").asString()))
					|| (fingerprint != null && fingerprint.equals(group.get("fingerprint").asString()))) {
				return group;
			}
		}
		return null;
	}

	private List<JsonNode> groups() {
		TestClient.Response response = this.http.get("/actuator/errors");
		assertThat(response.status()).isEqualTo(200);
		List<JsonNode> groups = new ArrayList<>();
		response.json().get("groups").forEach(groups::add);
		return groups;
	}

	/**
	 * Work outside of any request, as a scheduled job or a startup runner does it.
	 */
	static class PaymentJob implements ApplicationRunner {

		private static final Logger logger = LoggerFactory.getLogger(PaymentJob.class);

		@Override
		public void run(ApplicationArguments args) {
			logger.error("Payment {} failed at startup", "p-0");
		}

		void pay(String id) {
			logger.error("Payment {} failed", id);
		}

	}

}
