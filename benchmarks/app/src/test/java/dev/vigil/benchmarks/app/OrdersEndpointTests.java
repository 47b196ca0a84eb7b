package dev.vigil.benchmarks.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realistic endpoint of the load scripts, {@code GET /orders}: a JSON list of a few orders of
 * about 1 KB, and one INFO line of the application, logged by Vigil with the request's line; and
 * Logbook, on the class path for its own variant, stays out of the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Spring Boot configures logging once per JVM while a context is open: closed for the next test class
@DirtiesContext
class OrdersEndpointTests {

	@TempDir
	static Path logs;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@Test
	void ordersAreAJsonListOfAboutOneKilobyteAndOneLoggedLine() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/orders")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isBetween(900, 1400);
		JsonNode orders = JsonMapper.builder().build().readTree(response.body());
		assertThat(orders.isArray()).isTrue();
		assertThat(orders).hasSize(5);
		assertThat(orders.get(1).path("lines")).hasSize(2);
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		String appLog = Files.readString(logs.resolve("app.log"), StandardCharsets.UTF_8);
		assertThat(appLog).contains("[" + requestId + "] - Listing 5 orders of customer c-1042")
			.doesNotContain("org.zalando.logbook");
	}

}
