package dev.vigil.benchmarks.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variant "security-headers" of the load scripts sends the headers it stands for, beside Vigil's
 * request id, on an ordinary answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("security-headers")
// Spring Boot configures logging once per JVM while a context is open: closed for the next test class
@DirtiesContext
class SecurityHeadersProfileTests {

	@TempDir
	static Path logs;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@Test
	void helloCarriesTheSecurityHeadersAndTheRequestId() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/hello")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Cache-Control")).get().asString().startsWith("no-cache");
		assertThat(response.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
	}

}
