package dev.vigil.errors;

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
 * {@link MeterRegistry}.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.enabled=false", "management.endpoints.web.exposure.include=errors" })
class ErrorMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void countsEachErrorResponseByExceptionAndStatus() {
		double booms = count("IllegalStateException", "500");
		double notFound = count("NoResourceFoundException", "404");
		double forbidden = count("None", "403");
		Http http = new Http(this.port);
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
	void clientDisconnectIsNotCounted() {
		new Http(this.port).get("/disconnected");
		assertThat(this.meters.find(MicrometerErrorCounter.METER_NAME).tag("exception", "IOException").counter())
			.isNull();
	}

	private double count(String exception, String status) {
		Counter counter = this.meters.find(MicrometerErrorCounter.METER_NAME)
			.tags("exception", exception, "status", status)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}
