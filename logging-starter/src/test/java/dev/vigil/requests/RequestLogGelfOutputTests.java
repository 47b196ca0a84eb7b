package dev.vigil.requests;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request line in GELF log files: GELF 1.1 allows only strings and numbers in additional
 * fields.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.format=gelf", "vigil.requests.slow-threshold=1ns" })
class RequestLogGelfOutputTests extends RequestLogServerTests {

	@Test
	void everyAdditionalFieldIsAStringOrANumber() {
		this.client.get("/status/404?name=ann", "X-Request-Id", "gelf-1");
		this.client.get("/filter-boom", "X-Request-Id", "gelf-2");
		await().until(() -> this.errorLog.lines().stream().anyMatch((line) -> line.contains("requestId=gelf-2 ")));
		JsonNode line = JsonMapper.shared()
			.readTree(this.appLog.lines().stream().filter((l) -> l.contains("requestId=gelf-1 ")).findFirst().orElseThrow());
		assertThat(line.get("_slow").isString()).isTrue();
		assertThat(line.get("_slow").asString()).isEqualTo("true");
		assertThat(line.get("_http.method").asString()).isEqualTo("GET");
		assertThat(line.get("_http.status").isIntegralNumber()).isTrue();
		assertThat(line.get("_duration.ms").isIntegralNumber()).isTrue();
		assertThat(line.get("_requestId").asString()).isEqualTo("gelf-1");
		for (String text : this.appLog.lines()) {
			JsonNode event = JsonMapper.shared().readTree(text);
			for (Map.Entry<String, JsonNode> field : event.properties()) {
				if (field.getKey().startsWith("_")) {
					assertThat(field.getValue().isString() || field.getValue().isNumber())
						.as("%s in %s", field.getKey(), text)
						.isTrue();
				}
			}
		}
	}

}
