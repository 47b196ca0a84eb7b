package dev.vigil.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's failing endpoints answer with Vigil's problem responses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SampleErrorResponsesTests {

	@TempDir
	static Path logs;

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void causeErrorAnswers500ProblemWhoseErrorIdIsInTheErrorLog() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/cause-error")).GET());
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"instance\":\"/cause-error\"")
			.doesNotContain("Something went wrong");
		String errorId = response.body().replaceAll(".*\"errorId\":\"([0-9a-z]{12})\".*", "$1");
		assertThat(Files.readString(logs.resolve("error.log"))).contains("errorId=" + errorId);
	}

	@Test
	void invalidOrderAnswers400ProblemWithFieldErrors() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"item\": \"\", \"quantity\": 0}")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("{\"field\":\"item\",\"message\":\"must not be blank\"}")
			.contains("{\"field\":\"quantity\",\"message\":\"must be greater than or equal to 1\"}");
	}

	@Test
	void validOrderIsCreated() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"item\": \"book\", \"quantity\": 2}")));
		assertThat(response.statusCode()).isEqualTo(201);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
