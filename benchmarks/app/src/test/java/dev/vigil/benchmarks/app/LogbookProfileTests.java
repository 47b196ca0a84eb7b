package dev.vigil.benchmarks.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The variant "logbook" of scripts/bench-peers: Vigil off, and zalando Logbook writing each
 * request and its response to Spring Boot's log file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.file.name=target/logbook/logbook.log")
@ActiveProfiles("logbook")
// Spring Boot configures logging once per JVM while a context is open: closed for the next test class
@DirtiesContext
class LogbookProfileTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void ordersAreLoggedByLogbookAndNotByVigil() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/orders?probe=logbook"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Request-Id")).isEmpty();
		Path log = Path.of("target/logbook/logbook.log");
		// Logbook writes the response's entry once the response is complete
		await().atMost(Duration.ofSeconds(5))
			.ignoreException(NoSuchFileException.class)
			.untilAsserted(() -> assertThat(Files.readString(log, StandardCharsets.UTF_8))
				.contains("\"type\":\"request\"", "/orders?probe=logbook", "\"type\":\"response\"", "Espresso beans"));
	}

}
