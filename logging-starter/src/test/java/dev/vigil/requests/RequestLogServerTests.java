package dev.vigil.requests;

import java.nio.file.Path;

import dev.vigil.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that start {@link RequestLogTestApplication} on a random port (each
 * subclass with its {@code @SpringBootTest} properties), with the log files in a temporary
 * directory of the test class.
 */
abstract class RequestLogServerTests {

	@TempDir
	static Path logs;

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@LocalServerPort
	int port;

	TestClient client;

	final LogFile appLog = new LogFile(logs.resolve("app.log"));

	final LogFile errorLog = new LogFile(logs.resolve("error.log"));

	@BeforeEach
	void startClient() {
		this.client = new TestClient(this.port);
	}

}
