package dev.vigil.requests;

import dev.vigil.test.LogFile;
import dev.vigil.test.TestClient;
import dev.vigil.test.TemporaryLogDirectory;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that start {@link RequestLogTestApplication} on a random port (each
 * subclass with its {@code @SpringBootTest} properties), with the log files in a temporary
 * directory of the test class.
 */
abstract class RequestLogServerTests extends TemporaryLogDirectory {

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
