package dev.vigil.errors;

import dev.vigil.test.LogTail;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client error names what was wrong (the parameter, the field, the header) and the kind of
 * error, in the problem body and in the {@code dev.vigil.errors} line of {@code app.log}, but
 * never repeats the value the client sent.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "vigil.requests.enabled=false")
@DirtiesContext
class ClientErrorInputTests extends ErrorLogServerTests {

	private static final String CARD = "4111111111111111";

	private static final String SCRIPT = "<script>alert(1)</script>";

	@Test
	void rejectedJsonValueIsNeitherInTheBodyNorInTheLog() {
		Failure failure = fail(() -> this.http.post("/orders", "application/json",
				"{\"item\": \"book\", \"quantity\": \"" + CARD + "x\"}"));
		assertThat(failure.response.status()).isEqualTo(400);
		assertThat(failure.response.body()).doesNotContain(CARD);
		assertThat(failure.line).doesNotContain(CARD)
			.contains("HttpMessageNotReadableException")
			.contains("InvalidFormatException")
			.contains("'quantity'");
	}

	@Test
	void malformedJsonTokenIsNeitherInTheBodyNorInTheLog() {
		Failure failure = fail(() -> this.http.post("/orders", "application/json", "{\"item\": hunter2secret}"));
		assertThat(failure.response.status()).isEqualTo(400);
		assertThat(failure.response.body()).doesNotContain("hunter2");
		assertThat(failure.line).doesNotContain("hunter2").contains("HttpMessageNotReadableException");
	}

	@Test
	void parameterOfTheWrongTypeIsNamedWithoutItsValue() {
		Failure failure = fail(() -> this.http.get("/count?n=" + CARD + "%3Cscript%3E"));
		assertThat(failure.response.status()).isEqualTo(400);
		assertThat(failure.problem().get("detail").asString()).isEqualTo("Failed to convert 'n'.");
		assertThat(failure.response.body()).doesNotContain(CARD).doesNotContain("<script>");
		assertThat(failure.line).contains("'n'").doesNotContain(CARD).doesNotContain("<script>");
	}

	@Test
	void pathVariableOfTheWrongTypeIsNamedWithoutItsValue() {
		Failure failure = fail(() -> this.http.get("/items/" + CARD + "x"));
		assertThat(failure.problem().get("detail").asString()).isEqualTo("Failed to convert 'id'.");
		assertThat(failure.problem().get("detail").asString()).doesNotContain(CARD);
		assertThat(failure.line).contains("'id'");
	}

	@Test
	void bindingFailureNamesTheFieldWithoutItsValue() {
		Failure failure = fail(() -> this.http.get("/filter?n=" + CARD + "x"));
		assertThat(failure.response.status()).isEqualTo(400);
		JsonNode error = failure.problem().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("n");
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(failure.response.body()).doesNotContain(CARD);
		assertThat(failure.line).contains("n (").doesNotContain(CARD);
	}

	@Test
	void invalidParameterNamesTheParameterWithoutItsValue() {
		Failure failure = fail(() -> this.http.get("/pages?size=-987654321"));
		assertThat(failure.response.status()).isEqualTo(400);
		assertThat(failure.response.body()).doesNotContain("-987654321");
		assertThat(failure.line).contains("HandlerMethodValidationException: 1 invalid: size (").doesNotContain("-987654321");
	}

	@Test
	void unsupportedContentTypeIsNotRepeated() {
		Failure failure = fail(() -> this.http.post("/orders", "text/plain; secret=hunter2", "book"));
		assertThat(failure.response.status()).isEqualTo(415);
		assertThat(failure.problem().get("detail").asString()).isEqualTo("Content-Type is not supported.");
		assertThat(failure.response.body()).doesNotContain("hunter2").doesNotContain("text/plain");
		assertThat(failure.response.headers().firstValue("Accept")).hasValue("application/json");
		assertThat(failure.line).contains("HttpMediaTypeNotSupportedException").doesNotContain("hunter2");
	}

	@Test
	void unparsableContentTypeIsNotRepeated() {
		Failure failure = fail(() -> this.http.post("/orders", "hunter2secret", "book"));
		assertThat(failure.response.status()).isEqualTo(415);
		assertThat(failure.response.body()).doesNotContain("hunter2");
		assertThat(failure.line).doesNotContain("hunter2");
	}

	@Test
	void unparsableAcceptIsNotRepeated() {
		Failure failure = fail(() -> this.http.get("/report", "Accept", "text/hunter2secret;q=x<script>"));
		assertThat(failure.response.status()).isEqualTo(406);
		assertThat(failure.response.body()).doesNotContain("hunter2").doesNotContain("<script>");
		assertThat(failure.line).doesNotContain("hunter2").doesNotContain("<script>");
	}

	@Test
	void unknownPathIsNotRepeatedInTheDetail() {
		TestClient.Response response = this.http.get("/no/such/%3Cscript%3E");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).isEqualTo("No static resource.");
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void applicationReasonIsKept() {
		Failure failure = fail(() -> this.http.get("/teapot"));
		assertThat(failure.problem().get("detail").asString()).isEqualTo("No coffee here");
		assertThat(failure.line).contains("No coffee here");
	}

	private Failure fail(java.util.function.Supplier<TestClient.Response> request) {
		LogTail appLog = new LogTail(this.files.appLog());
		TestClient.Response response = request.get();
		String errorId = response.errorId();
		String line = appLog.written()
			.lines()
			.filter((written) -> written.contains("errorId=" + errorId))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains(" WARN ").contains("Client error 4");
		return new Failure(response, line);
	}

	private record Failure(TestClient.Response response, String line) {

		JsonNode problem() {
			return this.response.json();
		}

	}

}
