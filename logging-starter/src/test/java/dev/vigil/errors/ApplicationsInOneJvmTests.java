package dev.vigil.errors;

import java.util.List;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logback is global to the JVM, but two applications in it (tests with cached contexts, a
 * development restart, a parent and a child context) each keep their own error registry: each
 * records the failures of its own requests, neither misses what it should record while the
 * other runs or after the other stops, and an error logged outside of any request, which
 * belongs to no application in particular, reaches every one of them.
 */
class ApplicationsInOneJvmTests {

	@Test
	void eachApplicationRecordsTheFailuresOfItsOwnRequests() {
		try (ConfigurableApplicationContext first = run(); ConfigurableApplicationContext second = run()) {
			assertThat(TestClient.of(first).get("/boom").status()).isEqualTo(500);
			assertThat(TestClient.of(second).get("/other-boom").status()).isEqualTo(500);
			assertThat(exceptions(first)).containsExactly(IllegalStateException.class.getName());
			assertThat(exceptions(second)).containsExactly(IllegalArgumentException.class.getName());
		}
	}

	@Test
	void anApplicationKeepsRecordingAfterAnotherInTheSameJvmStops() {
		try (ConfigurableApplicationContext first = run()) {
			run().close();
			assertThat(TestClient.of(first).get("/boom").status()).isEqualTo(500);
			assertThat(exceptions(first)).containsExactly(IllegalStateException.class.getName());
		}
	}

	@Test
	void everyRunningApplicationRecordsAnErrorLoggedOutsideOfARequest() {
		try (ConfigurableApplicationContext first = run(); ConfigurableApplicationContext second = run()) {
			LoggerFactory.getLogger("com.example.shop.PaymentJob").error("Payment {} failed", 42);
			assertThat(labels(first)).containsExactly("PaymentJob: Payment {} failed");
			assertThat(labels(second)).containsExactly("PaymentJob: Payment {} failed");
		}
	}

	private static ConfigurableApplicationContext run() {
		return new SpringApplicationBuilder(ErrorTestApplication.class)
			.properties("server.port=0", "vigil.file.enabled=false", "spring.jmx.enabled=false")
			.run();
	}

	private static List<String> exceptions(ConfigurableApplicationContext context) {
		return context.getBean(ErrorRegistry.class).groups().stream().map(ErrorGroup::exception).toList();
	}

	private static List<String> labels(ConfigurableApplicationContext context) {
		return context.getBean(ErrorRegistry.class).groups().stream().map(ErrorGroup::label).toList();
	}

}
