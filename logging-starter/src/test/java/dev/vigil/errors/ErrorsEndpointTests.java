package dev.vigil.errors;

import java.time.Instant;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code errors} actuator endpoint, exposed over HTTP, shows the registry's groups.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.file.enabled=false", "vigil.requests.enabled=false",
				"management.endpoints.web.exposure.include=errors" })
class ErrorsEndpointTests {

	@LocalServerPort
	int port;

	@Autowired
	ErrorRegistry registry;

	TestClient http;

	@BeforeEach
	void clear() {
		this.http = new TestClient(this.port);
		this.registry.clear();
	}

	@Test
	void listsGroupsMostRecentFirstWithTheirCounts() {
		String firstBoom = this.http.get("/boom").errorId();
		String lastBoom = this.http.get("/boom").errorId();
		String other = this.http.get("/other-boom").errorId();
		TestClient.Response response = this.http.get("/actuator/errors");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/vnd.spring-boot.actuator.v3+json");
		JsonNode body = response.json();
		assertThat(body.get("capacity").asInt()).isEqualTo(100);
		assertThat(body.get("occurrences").asLong()).isEqualTo(3);
		JsonNode groups = body.get("groups");
		assertThat(groups).hasSize(2);
		JsonNode otherGroup = groups.get(0);
		assertThat(otherGroup.get("exception").asString()).isEqualTo("java.lang.IllegalArgumentException");
		assertThat(otherGroup.get("count").asLong()).isEqualTo(1);
		assertThat(otherGroup.get("lastErrorId").asString()).isEqualTo(other);
		JsonNode boomGroup = groups.get(1);
		assertThat(boomGroup.get("fingerprint").asString()).matches("[0-9a-f]{12}");
		assertThat(boomGroup.get("label").asString())
			.isEqualTo("IllegalStateException at ErrorTestApplication$FailingController.boom");
		assertThat(boomGroup.get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(boomGroup.get("status").asInt()).isEqualTo(500);
		assertThat(boomGroup.get("count").asLong()).isEqualTo(2);
		assertThat(boomGroup.get("lastErrorId").asString()).isEqualTo(lastBoom).isNotEqualTo(firstBoom);
		assertThat(boomGroup.get("lastMessage").asString()).isEqualTo(ErrorTestApplication.SECRET);
		assertThat(boomGroup.get("sampleStackTrace").asString())
			.contains("\tat dev.vigil.errors.ErrorTestApplication$FailingController.boom(");
		Instant firstSeen = Instant.parse(boomGroup.get("firstSeen").asString());
		assertThat(Instant.parse(boomGroup.get("lastSeen").asString())).isAfterOrEqualTo(firstSeen);
	}

	@Test
	void showsOneGroupByFingerprint() {
		String errorId = this.http.get("/boom").errorId();
		String fingerprint = this.registry.groups().get(0).fingerprint();
		TestClient.Response response = this.http.get("/actuator/errors/" + fingerprint);
		assertThat(response.status()).isEqualTo(200);
		JsonNode group = response.json();
		assertThat(group.get("fingerprint").asString()).isEqualTo(fingerprint);
		assertThat(group.get("count").asLong()).isEqualTo(1);
		assertThat(group.get("lastErrorId").asString()).isEqualTo(errorId);
	}

	@Test
	void unknownFingerprintIsNotFound() {
		assertThat(this.http.get("/actuator/errors/000000000000").status()).isEqualTo(404);
	}

	@Test
	void deleteClearsTheGroups() {
		this.http.get("/boom");
		assertThat(this.registry.size()).isEqualTo(1);
		assertThat(this.http.delete("/actuator/errors").status()).isEqualTo(204);
		assertThat(this.http.get("/actuator/errors").json().get("groups")).isEmpty();
	}

	@Test
	void clientErrorsAreNotRecorded() {
		this.http.get("/search");
		this.http.get("/no/such/page");
		this.http.get("/annotated");
		assertThat(this.http.get("/actuator/errors").json().get("groups")).isEmpty();
	}

	@Test
	void exceptionThrownByAFilterIsRecorded() {
		String errorId = this.http.get("/filter-failure").errorId();
		assertThat(this.registry.groups()).singleElement()
			.satisfies((group) -> assertThat(group.lastErrorId()).isEqualTo(errorId));
	}

}
