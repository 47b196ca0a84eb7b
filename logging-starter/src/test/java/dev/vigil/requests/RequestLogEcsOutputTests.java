package dev.vigil.requests;

import dev.vigil.test.LogFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request line and the entry of a failure in ECS log files: every field Vigil adds has the
 * name and type the Elastic Common Schema defines, or is a string label when ECS defines none.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.format=ecs", "vigil.requests.slow-threshold=1ns",
				"vigil.requests.include-headers=true" })
class RequestLogEcsOutputTests extends RequestLogServerTests {

	@Test
	void requestLineFieldsHaveTheirEcsNamesAndTypes() {
		this.client.get("/status/404?name=ann", "X-Request-Id", "ecs-1");
		JsonNode event = line(this.appLog, "requestId=ecs-1 ");
		assertThat(event.at("/log/logger").asString()).isEqualTo("dev.vigil.requests");
		assertThat(event.at("/http/request/method").isString()).isTrue();
		assertThat(event.at("/http/request/method").asString()).isEqualTo("GET");
		assertThat(event.at("/http/request/id").asString()).isEqualTo("ecs-1");
		assertThat(event.at("/http/response/status_code").isIntegralNumber()).isTrue();
		assertThat(event.at("/http/response/status_code").asInt()).isEqualTo(404);
		assertThat(event.at("/url/path").asString()).isEqualTo("/status/404");
		assertThat(event.at("/url/query").asString()).isEqualTo("name=ann");
		assertThat(event.at("/client/address").asString()).isEqualTo("127.0.0.1");
		// nanoseconds: more than one millisecond's worth for any real request over HTTP
		assertThat(event.at("/event/duration").isIntegralNumber()).isTrue();
		assertThat(event.at("/event/duration").asLong()).isGreaterThan(1000L);
		assertThat(event.at("/labels/slow").isString()).isTrue();
		assertThat(event.at("/labels/slow").asString()).isEqualTo("true");
		assertThat(event.at("/labels/request_headers").asString()).containsIgnoringCase("x-request-id=ecs-1");
		assertThat(event.has("requestId")).isFalse();
		assertThat(event.at("/http/method").isMissingNode()).isTrue();
		assertThat(event.at("/http/status").isMissingNode()).isTrue();
		assertThat(event.has("duration")).isFalse();
		assertThat(event.has("slow")).isFalse();
	}

	@Test
	void theEntryOfAFailureCarriesItsErrorIdInTheErrorObject() {
		String body = this.client.get("/filter-boom", "X-Request-Id", "ecs-2").body();
		String errorId = JsonMapper.shared().readTree(body).get("errorId").asString();
		JsonNode event = line(this.errorLog, errorId);
		assertThat(event.at("/log/level").asString()).isEqualTo("ERROR");
		assertThat(event.at("/error/id").asString()).isEqualTo(errorId);
		assertThat(event.at("/error/type").asString()).isNotEmpty();
		assertThat(event.at("/error/stack_trace").asString()).contains("filter failed near the vault");
		assertThat(event.at("/http/request/id").asString()).isEqualTo("ecs-2");
		assertThat(event.has("errorId")).isFalse();
		assertThat(event.has("requestId")).isFalse();
	}

	private static JsonNode line(LogFile file, String text) {
		await().until(() -> file.lines().stream().anyMatch((line) -> line.contains(text)));
		return JsonMapper.shared()
			.readTree(file.lines().stream().filter((line) -> line.contains(text)).findFirst().orElseThrow());
	}

}
