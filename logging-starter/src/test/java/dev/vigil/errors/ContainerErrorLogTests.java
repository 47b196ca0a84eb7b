package dev.vigil.errors;

import java.util.regex.Pattern;

import dev.vigil.file.RollingFiles;
import dev.vigil.test.LogTail;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without Spring Boot's error page, an exception escaping the filter chain is still logged
 * once, when the request ends.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.requests.enabled=false",
				"spring.autoconfigure.exclude=org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" })
@DirtiesContext
class ContainerErrorLogTests extends TemporaryLogDirectory {

	@LocalServerPort
	int port;

	@Autowired
	RollingFiles files;

	@Autowired
	ErrorRegistry registry;

	@Test
	void exceptionEscapingTheFilterChainIsLoggedOnceWhenNoErrorPageHandlesIt() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		assertThat(new TestClient(this.port).get("/filter-failure").status()).isEqualTo(500);
		String written = errorLog.written();
		assertThat(Pattern.compile("^\\d{4}-", Pattern.MULTILINE).matcher(written).results()).hasSize(1);
		assertThat(written).containsPattern("Unhandled exception errorId=[0-9a-z]{12} requestId=- GET /filter-failure")
			.contains("java.lang.IllegalStateException: " + ErrorTestApplication.SECRET)
			.doesNotContain("Servlet.service()");
		assertThat(this.registry.size()).isEqualTo(1);
	}

}
