package dev.vigil.benchmarks.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variant "commons" (profile commons-request-logging) of scripts/bench-peers: Vigil off, and Spring's
 * CommonsRequestLoggingFilter writing each request to Spring Boot's log file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.file.name=target/commons-request-logging/commons.log")
@ActiveProfiles("commons-request-logging")
// Spring Boot configures logging once per JVM while a context is open: closed for the next test class
@DirtiesContext
class CommonsRequestLoggingProfileTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void helloIsLoggedByCommonsRequestLoggingFilterAndNotByVigil() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/hello?probe=commons"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Request-Id")).isEmpty();
		String log = Files.readString(Path.of("target/commons-request-logging/commons.log"), StandardCharsets.UTF_8);
		assertThat(log).contains("Before request [GET /hello?probe=commons", "After request [GET /hello?probe=commons");
	}

}
