package dev.vigil.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.vigil.test.TestClient;
import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * A log directory that cannot be written never stops the application: real applications on a
 * random port, with a directory whose parent is a regular file (unwritable whoever runs the
 * test, root included).
 */
@ExtendWith(OutputCaptureExtension.class)
class UnwritableLogDirectoryTests {

	@TempDir
	Path root;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void startsServesReportsTheDirectoryAndRecoversByItself(CapturedOutput output) throws IOException {
		Path blocker = Files.writeString(this.root.resolve("blocker"), "a regular file, not a directory");
		Path directory = blocker.resolve("logs");
		TestClient client = new TestClient(port(run("--vigil.file.directory=" + directory)));
		Response served = client.get("/actuator/health/logging");
		assertThat(served.status()).isEqualTo(503);
		JsonNode logging = JsonMapper.shared().readTree(served.body());
		assertThat(logging.path("status").asString()).isEqualTo("DOWN");
		assertThat(logging.path("details").path("directory").asString()).isEqualTo(directory.toString());
		assertThat(logging.path("details").path("reason").asString()).contains(directory.toString());
		assertThat(logging.path("details").path("lostLines").asLong()).isPositive();
		assertThat(output.getErr()).containsOnlyOnce("Vigil cannot write " + directory.resolve("app.log"));
		Files.delete(blocker);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(client.get("/actuator/health/logging").status()).isEqualTo(200));
		LoggerFactory.getLogger("com.example.shop.Orders").error("written once the directory is back");
		assertThat(Files.readString(directory.resolve("error.log"))).contains("written once the directory is back");
	}

	@Test
	void failFastRestoresTheStartupFailureWithAReport(CapturedOutput output) throws IOException {
		Path blocker = Files.writeString(this.root.resolve("blocker"), "a regular file, not a directory");
		String directory = blocker.resolve("logs").toString();
		assertThatException()
			.isThrownBy(() -> run("--vigil.file.directory=" + directory, "--vigil.file.fail-fast=true"));
		assertThat(output).contains("APPLICATION FAILED TO START", "vigil.file.directory", directory,
				"Accepted: a path to a directory");
	}

	private ConfigurableApplicationContext run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--server.port=0");
		all.add("--management.endpoint.health.show-details=always");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HealthTestApplication.class)
			.run(all.toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
