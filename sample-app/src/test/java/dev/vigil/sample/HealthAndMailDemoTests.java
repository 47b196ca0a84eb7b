package dev.vigil.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample with the 'mail-demo' profile: {@code GET /health} shows the logging component,
 * and a failing request is mailed to the local mail server (GreenMail here, on a free port
 * instead of 3025).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mail-demo")
class HealthAndMailDemoTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@TempDir
	static Path logs;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@Test
	void healthAnswersAtTheRootWithTheLoggingComponent() throws Exception {
		HttpResponse<String> response = get("/health");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode logging = JsonMapper.shared().readTree(response.body()).path("components").path("logging");
		assertThat(logging.path("status").asString()).isEqualTo("UP");
		assertThat(logging.path("details").path("directory").asString()).isEqualTo(logs.toRealPath().toString());
		assertThat(logging.path("details").path("alerts").path("enabled").asBoolean()).isTrue();
	}

	@Test
	void aFailingRequestIsMailed() throws Exception {
		assertThat(get("/cause-error").statusCode()).isEqualTo(500);
		await().atMost(Duration.ofSeconds(10)).until(() -> greenMail.getReceivedMessages().length > 0);
		assertThat(greenMail.getReceivedMessages()[0].getSubject()).startsWith("[vigil-sample] ERROR ");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
