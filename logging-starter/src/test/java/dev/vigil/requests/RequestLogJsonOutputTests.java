package dev.vigil.requests;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request line in structured (JSON) log files: its values are fields of their own.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "vigil.file.format=logstash")
class RequestLogJsonOutputTests extends RequestLogServerTests {

	@Test
	void writesTheValuesOfTheRequestLineAsJsonFields() {
		this.client.get("/status/404?name=ann", "X-Request-Id", "json-1");
		await().until(() -> this.appLog.lines().stream().anyMatch((line) -> line.contains("requestId=json-1\"")));
		String line = this.appLog.lines()
			.stream()
			.filter((candidate) -> candidate.contains("requestId=json-1\""))
			.findFirst()
			.orElseThrow();
		JsonNode event = JsonMapper.shared().readTree(line);
		assertThat(event.get("logger_name").asString()).isEqualTo("dev.vigil.requests");
		assertThat(event.get("level").asString()).isEqualTo("INFO");
		assertThat(event.get("http.method").asString()).isEqualTo("GET");
		assertThat(event.get("url.path").asString()).isEqualTo("/status/404");
		assertThat(event.get("url.query").asString()).isEqualTo("name=ann");
		assertThat(event.get("http.status").asInt()).isEqualTo(404);
		assertThat(event.get("duration.ms").isIntegralNumber()).isTrue();
		assertThat(event.get("client.address").asString()).isEqualTo("127.0.0.1");
		assertThat(event.get("requestId").asString()).isEqualTo("json-1");
	}

	@Test
	void writesTheIdsOfAnUnhandledExceptionAsJsonFields() {
		String body = this.client.get("/filter-boom", "X-Request-Id", "json-2").body();
		String errorId = JsonMapper.shared().readTree(body).get("errorId").asString();
		await().until(() -> this.errorLog.lines().stream().anyMatch((line) -> line.contains(errorId)));
		JsonNode event = JsonMapper.shared()
			.readTree(this.errorLog.lines().stream().filter((line) -> line.contains(errorId)).findFirst().orElseThrow());
		assertThat(event.get("level").asString()).isEqualTo("ERROR");
		assertThat(event.get("errorId").asString()).isEqualTo(errorId);
		assertThat(event.get("requestId").asString()).isEqualTo("json-2");
		assertThat(event.get("stack_trace").asString()).contains("filter failed near the vault");
	}

}
