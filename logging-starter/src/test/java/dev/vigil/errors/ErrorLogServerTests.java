package dev.vigil.errors;

import dev.vigil.file.RollingFiles;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that start {@link ErrorTestApplication} on a random port (each subclass
 * with its {@code @SpringBootTest} properties) and read what a request adds to its log files,
 * which are in a temporary directory of the test class.
 */
abstract class ErrorLogServerTests extends TemporaryLogDirectory {

	@LocalServerPort
	int port;

	@Autowired
	RollingFiles files;

	TestClient http;

	@BeforeEach
	void client() {
		this.http = new TestClient(this.port);
		// The first request initialises the DispatcherServlet, which logs.
		assertThat(this.http.get("/items/1").status()).isEqualTo(200);
	}

}
