package dev.vigil.errors;

import java.util.ArrayList;
import java.util.List;

import dev.vigil.test.TestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However many ways clients fail, the {@code vigil.errors} metric has a bounded number of
 * series: errors without an application frame have one fingerprint per exception type, and
 * fingerprints beyond {@code vigil.errors.metrics.max-fingerprints} are counted together.
 */
class ErrorMetricsCardinalityTests {

	private static final String VALID_ORDER = "{\"item\": \"book\", \"quantity\": 2}";

	@Test
	void malformedBodiesAreOneSeries() {
		try (ConfigurableApplicationContext context = run(OrderApplication.class)) {
			TestClient http = http(context);
			List<String> bodies = malformedBodies();
			for (String body : bodies) {
				assertThat(http.post("/orders", "application/json", body).status()).as(body).isEqualTo(400);
			}
			List<Counter> series = context.getBean(MeterRegistry.class)
				.find(MicrometerErrorCounter.METER_NAME)
				.counters()
				.stream()
				.toList();
			assertThat(series).singleElement().satisfies((counter) -> {
				assertThat(counter.getId().getTag("exception")).isEqualTo("HttpMessageNotReadableException");
				assertThat(counter.getId().getTag("status")).isEqualTo("400");
				assertThat(counter.count()).isEqualTo(bodies.size());
			});
			String scrape = http.get("/actuator/prometheus").body();
			assertThat(scrape.lines().filter((line) -> line.startsWith("vigil_errors_total{"))).hasSize(1);
		}
	}

	@Test
	void fingerprintsBeyondTheLimitAreCountedAsOther() {
		try (ConfigurableApplicationContext context = run(ErrorTestApplication.class,
				"vigil.errors.metrics.max-fingerprints=2")) {
			TestClient http = http(context);
			for (String path : List.of("/boom", "/other-boom", "/teapot", "/annotated", "/boom", "/filter-denied")) {
				http.get(path);
			}
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find(MicrometerErrorCounter.METER_NAME).counters())
				.extracting((counter) -> counter.getId().getTag("exception") + " " + counter.getId().getTag("fingerprint"))
				.filteredOn((series) -> !series.endsWith(" none"))
				.hasSize(4)
				.contains("ResponseStatusException other", "AlreadyPlacedException other");
			assertThat(meters.find(MicrometerErrorCounter.METER_NAME).tag("fingerprint", "other").counters())
				.hasSize(2);
			assertThat(meters.find(MicrometerErrorCounter.METER_NAME)
				.tags("exception", "IllegalStateException")
				.counter()
				.count()).isEqualTo(2);
			assertThat(meters.find(MicrometerErrorCounter.METER_NAME).tag("fingerprint", "none").counter())
				.isNotNull();
		}
	}

	private static List<String> malformedBodies() {
		List<String> bodies = new ArrayList<>();
		for (int length = 1; length < VALID_ORDER.length(); length++) {
			bodies.add(VALID_ORDER.substring(0, length));
		}
		bodies.add("{\"item\": \"book\", \"quantity\": \"two\"}");
		bodies.add("{\"item\": \"book\", \"quantity\": 4111111111111111111111}");
		bodies.add("{\"item\": [], \"quantity\": 2}");
		bodies.add("[1, 2, 3]");
		bodies.add("{\"item\": \"book\" \"quantity\": 2}");
		bodies.add("{'item': 'book'}");
		bodies.add("nonsense");
		bodies.add("{\"item\": \"book\", \"quantity\": 2}}");
		return bodies;
	}

	private static ConfigurableApplicationContext run(Class<?> application, String... properties) {
		return new SpringApplicationBuilder(application)
			.properties("server.port=0", "vigil.file.enabled=false", "spring.jmx.enabled=false",
					"management.endpoints.web.exposure.include=prometheus")
			.properties(properties)
			.run();
	}

	private static TestClient http(ConfigurableApplicationContext context) {
		return TestClient.of(context);
	}

	/**
	 * An application none of whose frames is on the stack when a body cannot be read.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OrderController.class)
	static class OrderApplication {

	}

	@RestController
	static class OrderController {

		@PostMapping("/orders")
		ErrorTestApplication.Order order(@RequestBody ErrorTestApplication.Order order) {
			return order;
		}

	}

}
