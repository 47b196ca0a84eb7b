package dev.vigil.errors;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception's class, message and stack trace reach the client only when configured, and
 * a base URI gives problems a type.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.enabled=false", "vigil.errors.include-exception-message=true",
				"vigil.errors.include-stack-trace=true", "vigil.errors.type-base-uri=https://example.com/problems/" })
class ExceptionDetailsTests {

	@LocalServerPort
	int port;

	@Test
	void includeExceptionMessageAndStackTraceAddThemToTheBody() {
		JsonNode problem = new TestClient(this.port).get("/boom").json();
		assertThat(problem.get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(problem.get("message").asString()).isEqualTo(ErrorTestApplication.SECRET);
		assertThat(problem.get("trace").asString())
			.startsWith("java.lang.IllegalStateException: " + ErrorTestApplication.SECRET + "\n")
			.contains("\tat dev.vigil.errors.ErrorTestApplication$FailingController.boom(");
		assertThat(problem.get("trace").asString().lines().filter((line) -> line.startsWith("\tat "))).hasSize(50);
		assertThat(problem.get("detail").asString()).startsWith("An unexpected error occurred. Reference: ");
	}

	@Test
	void typeBaseUriGivesEveryPlainProblemAType() {
		TestClient http = new TestClient(this.port);
		assertThat(http.get("/boom").json().get("type").asString())
			.isEqualTo("https://example.com/problems/internal-server-error");
		assertThat(http.get("/no/such/page").json().get("type").asString())
			.isEqualTo("https://example.com/problems/not-found");
		assertThat(http.get("/teapot").json().get("type").asString())
			.isEqualTo("https://example.com/problems/i-m-a-teapot");
	}

	@Test
	void typeSetByTheApplicationIsKept() {
		assertThat(new TestClient(this.port).get("/quota").json().get("type").asString())
			.isEqualTo("https://example.com/problems/quota");
	}

}
