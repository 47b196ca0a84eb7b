package dev.vigil.requests;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failing request in ECS JSON files, as a log shipper reads them: the request line's values,
 * the request id and the error id are fields of their own in both files (the error log takes
 * WARN here, so that the request line of a 5xx is in it too), and the two entries of one
 * request join on {@code requestId}.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.format=ecs", "vigil.file.error.threshold=warn", "vigil.requests.include-body=true",
				"spring.application.name=orders" })
class RequestLogEcsOutputTests extends RequestLogServerTests {

	private static final JsonMapper json = JsonMapper.shared();

	@Test
	void serverErrorWritesTheRequestLineAndTheErrorAsEcsFieldsInBothFiles() {
		String body = this.client.get("/boom?item=%C3%BC", "X-Request-Id", "ecs-1").body();
		String errorId = json.readTree(body).get("errorId").asString();
		await().until(() -> requestLine(this.appLog, "ecs-1") != null && requestLine(this.errorLog, "ecs-1") != null);
		for (LogFile file : List.of(this.appLog, this.errorLog)) {
			List<JsonNode> entries = file.lines().stream().map(json::readTree).toList();
			JsonNode line = requestLine(file, "ecs-1");
			assertThat(line.at("/log/level").asString()).isEqualTo("WARN");
			assertThat(line.at("/log/logger").asString()).isEqualTo("dev.vigil.requests");
			assertThat(line.at("/http/method").asString()).isEqualTo("GET");
			assertThat(line.at("/http/status").asInt()).isEqualTo(500);
			assertThat(line.at("/url/path").asString()).isEqualTo("/boom");
			assertThat(line.at("/url/query").asString()).isEqualTo("item=%C3%BC");
			assertThat(line.at("/duration/ms").isIntegralNumber()).isTrue();
			assertThat(line.at("/client/address").asString()).isEqualTo("127.0.0.1");
			assertThat(line.get("requestId").asString()).isEqualTo("ecs-1");
			assertThat(line.at("/service/name").asString()).isEqualTo("orders");
			JsonNode error = entries.stream()
				.filter((entry) -> errorId.equals(entry.path("errorId").asString(null)))
				.findFirst()
				.orElseThrow();
			assertThat(error.at("/log/level").asString()).isEqualTo("ERROR");
			assertThat(error.get("requestId").asString()).isEqualTo("ecs-1");
			assertThat(error.at("/error/type").asString()).isEqualTo("java.lang.IllegalStateException");
			assertThat(error.at("/error/stack_trace").asString())
				.startsWith("java.lang.IllegalStateException: controller failed")
				.contains("\n\tat dev.vigil.requests.RequestLogTestApplication$TestController.boom(");
		}
	}

	@Test
	void requestDataRoundTripsThroughJsonAsTheTextLineShowsIt() {
		String body = "line one\r\nline two \"quoted\" \\ back ünïcødé ✓ 日本";
		this.client.post("/echo", "text/plain; charset=UTF-8", body, "X-Request-Id", "ecs-2");
		await().until(() -> requestLine(this.appLog, "ecs-2") != null);
		JsonNode line = requestLine(this.appLog, "ecs-2");
		String escaped = "line one\\r\\nline two \"quoted\" \\ back ünïcødé ✓ 日本";
		assertThat(line.at("/http/request/body/content").asString()).isEqualTo(escaped);
		assertThat(line.get("message").asString()).endsWith(" requestId=ecs-2 body=" + escaped);
	}

	private static @Nullable JsonNode requestLine(LogFile file, String requestId) {
		return file.lines()
			.stream()
			.map(json::readTree)
			.filter((entry) -> "dev.vigil.requests".equals(entry.at("/log/logger").asString(null))
					&& requestId.equals(entry.path("requestId").asString(null)))
			.findFirst()
			.orElse(null);
	}

}
