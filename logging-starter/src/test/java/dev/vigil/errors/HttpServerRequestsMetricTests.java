package dev.vigil.errors;

import java.util.Map;
import java.util.TreeMap;

import dev.vigil.test.TestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's own {@code http.server.requests} metric reports a failure with Vigil as it
 * does without: the exception of a server error stays on the observation that Vigil's problem
 * response answered.
 */
class HttpServerRequestsMetricTests {

	private static final String[] PATHS = { "/boom", "/filter-failure", "/teapot", "/items/abc", "/search",
			"/filter-denied", "/unavailable" };

	@Test
	void failuresAreTaggedAsSpringBootTagsThemWithoutVigil() {
		Map<String, Map<String, String>> withoutVigil = tagsOfEachPath("vigil.enabled=false");
		Map<String, Map<String, String>> withVigil = tagsOfEachPath("vigil.enabled=true");
		assertThat(withoutVigil.get("/boom")).containsEntry("exception", "IllegalStateException")
			.containsEntry("status", "500");
		assertThat(withVigil).isEqualTo(withoutVigil);
	}

	// The observation stops when the filter chain returns, which can be after the client has
	// read a response of known length.
	private static Timer recorded(MeterRegistry meters) {
		for (int attempt = 0; attempt < 100; attempt++) {
			Timer timer = meters.find("http.server.requests").timer();
			if (timer != null) {
				return timer;
			}
			sleep();
		}
		return meters.find("http.server.requests").timer();
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Map<String, String>> tagsOfEachPath(String enabled) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ErrorTestApplication.class)
			.properties("server.port=0", "vigil.file.enabled=false", "spring.jmx.enabled=false", enabled)
			.run()) {
			TestClient http = TestClient.of(context);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Map<String, Map<String, String>> tags = new TreeMap<>();
			for (String path : PATHS) {
				meters.clear();
				int status = http.get(path).status();
				Timer timer = recorded(meters);
				assertThat(timer).as("http.server.requests of %s (%s)", path, status).isNotNull();
				Map<String, String> pathTags = new TreeMap<>();
				for (Tag tag : timer.getId().getTags()) {
					pathTags.put(tag.getKey(), tag.getValue());
				}
				tags.put(path, pathTags);
			}
			return tags;
		}
	}

}
