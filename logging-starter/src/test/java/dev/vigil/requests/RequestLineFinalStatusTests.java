package dev.vigil.requests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request line carries the status the client got, also when an error dispatch changes it
 * after the application's own dispatch: behind Spring Security with Spring Boot's defaults, a
 * POST without a CSRF token is denied with 403, and the error dispatch that follows, which is
 * not authenticated, answers 401. Runs in the Surefire execution with Spring Security on the
 * class path (tag {@code spring-security}), where Boot's security auto-configuration applies.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.security.user.name=ann", "spring.security.user.password=ann-password" })
@Tag("spring-security")
class RequestLineFinalStatusTests extends RequestLogServerTests {

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("ann:ann-password".getBytes(StandardCharsets.UTF_8));

	@Test
	void logsTheStatusOfTheErrorDispatchThatAnsweredTheClient() {
		int status = this.client.post("/hello", "text/plain", "hi", "Authorization", CREDENTIALS, "X-Request-Id",
				"csrf-denied")
			.status();
		assertThat(status).isEqualTo(401);
		assertThat(this.appLog.awaitRequestLine("csrf-denied")).contains("POST /hello -> 401 in ");
		assertThat(this.appLog.requestLines("csrf-denied")).hasSize(1);
	}

	@Test
	void logsTheStatusOfRequestsWithoutAnErrorDispatchAsBefore() {
		assertThat(this.client.get("/hello", "Authorization", CREDENTIALS, "X-Request-Id", "authenticated")
			.status()).isEqualTo(200);
		assertThat(this.client.get("/hello", "X-Request-Id", "anonymous").status()).isEqualTo(401);
		assertThat(this.appLog.awaitRequestLine("authenticated")).contains("GET /hello -> 200 in ");
		assertThat(this.appLog.awaitRequestLine("anonymous")).contains("GET /hello -> 401 in ");
	}

}
