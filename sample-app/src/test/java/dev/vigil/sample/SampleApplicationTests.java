package dev.vigil.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

	static final Path LOGS = createTempDirectory();

	@Value("${local.server.port}")
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", LOGS::toString);
	}

	@Test
	void helloAnswersAndIsLogged() throws Exception {
		HttpResponse<String> response = get("/hello");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"message\":\"Hello, world!\"}");
		// both lines are written to app.log when they are logged, before the response is sent
		assertThat(Files.readString(LOGS.resolve("app.log"))).contains("Saying hello")
			.containsPattern("Started SampleApplicationTests in [0-9.]+ seconds");
	}

	@Test
	void causeErrorIsLoggedAtErrorInTheErrorLog() throws Exception {
		HttpResponse<String> response = get("/cause-error");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("Something went wrong", "IllegalStateException");
		assertThat(Files.readString(LOGS.resolve("error.log"))).contains(" ERROR ",
				"java.lang.IllegalStateException: Something went wrong while handling /cause-error");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Path createTempDirectory() {
		try {
			return Files.createTempDirectory("vigil-sample-logs");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
