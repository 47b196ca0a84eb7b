package dev.vigil.errors;

import dev.vigil.test.TestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error responses are counted by the {@code vigil.errors} counter of the application's
 * {@link MeterRegistry}, tagged with the fingerprint that the errors endpoint knows them by.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.enabled=false", "management.endpoints.web.exposure.include=errors" })
class ErrorMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ErrorRegistry registry;

	@Test
	void countsEachErrorResponseByExceptionAndStatus() {
		double booms = count("IllegalStateException", "500");
		double notFound = count("NoResourceFoundException", "404");
		double forbidden = count("None", "403");
		TestClient http = new TestClient(this.port);
		http.get("/boom");
		http.get("/boom");
		http.get("/no/such/page");
		http.get("/filter-denied");
		http.get("/items/1");
		assertThat(count("IllegalStateException", "500")).isEqualTo(booms + 2);
		assertThat(count("NoResourceFoundException", "404")).isEqualTo(notFound + 1);
		assertThat(count("None", "403")).isEqualTo(forbidden + 1);
	}

	@Test
	void tagsEachErrorWithTheFingerprintOfItsRegistryGroup() {
		TestClient http = new TestClient(this.port);
		String boom = http.get("/boom").errorId();
		String otherBoom = http.get("/other-boom").errorId();
		String boomFingerprint = fingerprintOf(boom);
		String otherFingerprint = fingerprintOf(otherBoom);
		assertThat(boomFingerprint).isNotEqualTo(otherFingerprint);
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", "IllegalStateException", "status", "500", "fingerprint", boomFingerprint)
			.counter()).isNotNull();
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", "IllegalArgumentException", "status", "500", "fingerprint", otherFingerprint)
			.counter()).isNotNull();
	}

	@Test
	void clientErrorsAreTaggedWithTheirExceptionsFingerprintOrNone() {
		TestClient http = new TestClient(this.port);
		http.get("/teapot");
		http.get("/filter-denied");
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", "ResponseStatusException", "status", "418")
			.counters()).singleElement()
			.satisfies((counter) -> assertThat(counter.getId().getTag("fingerprint")).matches("[0-9a-f]{12}"));
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME).tags("exception", "None", "status", "403").counters())
			.singleElement()
			.satisfies((counter) -> assertThat(counter.getId().getTag("fingerprint")).isEqualTo("none"));
	}

	@Test
	void clientDisconnectIsNotCounted() {
		new TestClient(this.port).get("/disconnected");
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME).tag("exception", "IOException").counter())
			.isNull();
	}

	private String fingerprintOf(String errorId) {
		return this.registry.groups()
			.stream()
			.filter((group) -> group.lastErrorId().equals(errorId))
			.findFirst()
			.orElseThrow()
			.fingerprint();
	}

	private double count(String exception, String status) {
		return this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", exception, "status", status)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

}
