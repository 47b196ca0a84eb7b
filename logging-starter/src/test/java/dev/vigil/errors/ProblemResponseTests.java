package dev.vigil.errors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request can fail answers with an RFC 9457 problem response of the same shape,
 * through a real server and client.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.enabled=false", "vigil.requests.enabled=false",
				"vigil.errors.statuses.dev.vigil.errors.OrderConflictException=409" })
class ProblemResponseTests {

	@LocalServerPort
	int port;

	TestClient http;

	@BeforeEach
	void client() {
		this.http = new TestClient(this.port);
	}

	@Test
	void unhandledExceptionAnswers500ProblemWithErrorIdAndNoInternals() {
		TestClient.Response response = this.http.get("/boom");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		// RFC 9457: an absent type means "about:blank"
		assertThat(problem.has("type")).isFalse();
		assertThat(problem.get("title").asString()).isEqualTo("Internal Server Error");
		assertThat(problem.get("status").asInt()).isEqualTo(500);
		assertThat(problem.get("instance").asString()).isEqualTo("/boom");
		String errorId = problem.get("errorId").asString();
		assertThat(errorId).matches("[0-9a-z]{12}");
		assertThat(problem.get("detail").asString()).isEqualTo("An unexpected error occurred. Reference: " + errorId);
		assertThat(Instant.parse(problem.get("timestamp").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(problem.has("requestId")).isFalse();
		assertNoInternals(response);
	}

	@Test
	void everyOccurrenceGetsItsOwnErrorId() {
		assertThat(this.http.get("/boom").errorId()).isNotEqualTo(this.http.get("/boom").errorId());
	}

	@Test
	void problemIsJsonWhateverTheClientAccepts() {
		TestClient.Response response = this.http.get("/boom", "Accept", "text/html");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("errorId").asString()).hasSize(12);
	}

	@Test
	void requestIdComesFromTheMdc() {
		TestClient.Response response = this.http.get("/boom", "X-Test-Mdc-Request-Id", "req-from-mdc");
		assertThat(response.json().get("requestId").asString()).isEqualTo("req-from-mdc");
	}

	@Test
	void requestIdComesFromTheRequestAttributeWhenTheMdcHasNone() {
		TestClient.Response response = this.http.get("/boom", "X-Test-Attribute-Request-Id", "req-from-attribute");
		assertThat(response.json().get("requestId").asString()).isEqualTo("req-from-attribute");
	}

	@Test
	void unknownPathIs404Problem() {
		TestClient.Response response = this.http.get("/no/such/path");
		assertProblem(response, 404, "Not Found", "/no/such/path");
		assertThat(response.json().get("detail").asString()).isEqualTo("No static resource.");
	}

	@Test
	void unsupportedMethodIs405ProblemWithAllowHeader() {
		TestClient.Response response = this.http.post("/boom", "application/json", "{}");
		assertProblem(response, 405, "Method Not Allowed", "/boom");
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		assertThat(response.json().get("detail").asString()).isEqualTo("Method 'POST' is not supported.");
	}

	@Test
	void unacceptableMediaTypeIs406Problem() {
		TestClient.Response response = this.http.get("/report", "Accept", "text/csv");
		assertProblem(response, 406, "Not Acceptable", "/report");
		assertThat(response.json().get("detail").asString()).isEqualTo("Acceptable representations: [application/json].");
	}

	@Test
	void unsupportedContentTypeIs415Problem() {
		TestClient.Response response = this.http.post("/orders", "text/plain", "one book");
		assertProblem(response, 415, "Unsupported Media Type", "/orders");
		assertThat(response.headers().firstValue("Accept")).hasValue("application/json");
	}

	@Test
	void unreadableBodyIs400ProblemWithoutParserDetails() {
		TestClient.Response response = this.http.post("/orders", "application/json", "{\"item\": \"book\", quantity: ");
		assertProblem(response, 400, "Bad Request", "/orders");
		assertThat(response.json().get("detail").asString()).isEqualTo("Failed to read request");
		assertThat(response.body()).doesNotContain("tools.jackson").doesNotContain("line:");
	}

	@Test
	void typeMismatchIs400Problem() {
		TestClient.Response response = this.http.get("/items/abc");
		assertProblem(response, 400, "Bad Request", "/items/abc");
		assertThat(response.json().get("detail").asString()).isEqualTo("Failed to convert 'id'.");
	}

	@Test
	void missingParameterIs400Problem() {
		TestClient.Response response = this.http.get("/search");
		assertProblem(response, 400, "Bad Request", "/search");
		assertThat(response.json().get("detail").asString()).isEqualTo("Required parameter 'q' is not present.");
	}

	@Test
	void invalidBodyIs400WithAnErrorPerField() {
		TestClient.Response response = this.http.post("/orders", "application/json",
				"{\"item\": \" \", \"quantity\": 0}");
		assertProblem(response, 400, "Bad Request", "/orders");
		assertThat(response.json().get("detail").asString()).isEqualTo("Invalid request content.");
		assertThat(errors(response)).containsExactlyInAnyOrder("item: must not be blank",
				"quantity: must be greater than or equal to 1");
	}

	@Test
	void invalidParameterIs400WithAnErrorPerParameter() {
		TestClient.Response response = this.http.get("/pages?size=0");
		assertProblem(response, 400, "Bad Request", "/pages");
		assertThat(errors(response)).containsExactly("size: must be greater than or equal to 1");
	}

	@Test
	void validRequestIsNotAffected() {
		TestClient.Response response = this.http.post("/orders", "application/json",
				"{\"item\": \"book\", \"quantity\": 2}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("item").asString()).isEqualTo("book");
	}

	@Test
	void responseStatusAnnotationGivesStatusAndReason() {
		TestClient.Response response = this.http.get("/annotated");
		assertProblem(response, 409, "Conflict", "/annotated");
		assertThat(response.json().get("detail").asString()).isEqualTo("Order already placed");
		assertNoInternals(response);
	}

	@Test
	void responseStatusExceptionGivesStatusAndReason() {
		TestClient.Response response = this.http.get("/teapot");
		assertProblem(response, 418, "I'm a teapot", "/teapot");
		assertThat(response.json().get("detail").asString()).isEqualTo("No coffee here");
	}

	@Test
	void serverErrorResponseStatusExceptionKeepsTheGenericDetail() {
		TestClient.Response response = this.http.get("/unavailable");
		assertProblem(response, 503, "Service Unavailable", "/unavailable");
		assertThat(response.json().get("detail").asString()).startsWith("An unexpected error occurred. Reference: ");
	}

	@Test
	void errorResponseGivesItsStatusTypeDetailAndHeaders() {
		TestClient.Response response = this.http.get("/quota");
		assertProblem(response, 429, "Too Many Requests", "/quota");
		assertThat(response.json().get("type").asString()).isEqualTo("https://example.com/problems/quota");
		assertThat(response.json().get("detail").asString()).isEqualTo("Quota of 100 orders per hour exceeded");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
		assertNoInternals(response);
	}

	@Test
	void configuredStatusMapsException() {
		TestClient.Response response = this.http.get("/mapped");
		assertProblem(response, 409, "Conflict", "/mapped");
		assertThat(response.json().has("detail")).isFalse();
		assertNoInternals(response);
	}

	@Test
	void configuredStatusMapsWrappedCause() {
		TestClient.Response response = this.http.get("/wrapped");
		assertProblem(response, 409, "Conflict", "/wrapped");
		assertNoInternals(response);
	}

	@Test
	void applicationAdviceWinsOverVigil() {
		TestClient.Response response = this.http.get("/payment");
		assertThat(response.status()).isEqualTo(402);
		assertThat(response.json().get("handledBy").asString()).isEqualTo("application");
	}

	@Test
	void exceptionThrownByAFilterAnswersTheSameProblem() {
		TestClient.Response response = this.http.get("/filter-failure", "X-Test-Attribute-Request-Id", "req-filter");
		assertProblem(response, 500, "Internal Server Error", "/filter-failure");
		assertThat(response.json().get("detail").asString()).startsWith("An unexpected error occurred. Reference: ");
		assertThat(response.json().get("requestId").asString()).isEqualTo("req-filter");
		assertNoInternals(response);
	}

	@Test
	void sendErrorFromAFilterAnswersTheSameProblem() {
		TestClient.Response response = this.http.get("/filter-denied");
		assertProblem(response, 403, "Forbidden", "/filter-denied");
	}

	@Test
	void errorPathAskedForDirectlyIs404Problem() {
		TestClient.Response response = this.http.get("/error");
		assertProblem(response, 404, "Not Found", "/error");
	}

	@Test
	void errorsEndpointIsNotExposedOverHttpByDefault() {
		assertThat(this.http.get("/actuator/health").status()).isEqualTo(200);
		assertProblem(this.http.get("/actuator/errors"), 404, "Not Found", "/actuator/errors");
	}

	private static void assertProblem(TestClient.Response response, int status, String title, String instance) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("instance").asString()).isEqualTo(instance);
		assertThat(problem.get("errorId").asString()).matches("[0-9a-z]{12}");
		assertThat(problem.get("timestamp").asString()).isNotBlank();
		assertThat(problem.has("exception")).isFalse();
		assertThat(problem.has("message")).isFalse();
		assertThat(problem.has("trace")).isFalse();
	}

	private static void assertNoInternals(TestClient.Response response) {
		assertThat(response.body()).doesNotContain("hunter2")
			.doesNotContain("db.internal")
			.doesNotContain("Exception")
			.doesNotContain("dev.vigil")
			.doesNotContain("\tat ");
	}

	private static List<String> errors(TestClient.Response response) {
		List<String> errors = new ArrayList<>();
		for (JsonNode error : response.json().get("errors")) {
			errors.add(error.get("field").asString() + ": " + error.get("message").asString());
		}
		return errors;
	}

}
