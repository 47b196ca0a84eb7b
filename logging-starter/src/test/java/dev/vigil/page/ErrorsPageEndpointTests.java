package dev.vigil.page;

import dev.vigil.errors.ErrorRegistry;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The errors page over plain HTTP: the page, its assets and its data, with their security
 * headers, under the actuator's path.
 */
@DirtiesContext
@SpringBootTest(classes = PageTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=vigil,health")
class ErrorsPageEndpointTests extends TemporaryLogDirectory {

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
	void servesThePageWithAStrictContentSecurityPolicy() {
		TestClient.Response page = this.http.get("/actuator/vigil", "Accept", "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
				"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
						+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.body()).contains("<script src=\"vigil/page.js\" defer></script>")
			.contains("<link rel=\"stylesheet\" href=\"vigil/page.css\">")
			.doesNotContain("style=")
			.doesNotContain("http://")
			.doesNotContain("https://");
		assertThat(page.body().split("<script", -1)).as("only the one script, loaded from the endpoint").hasSize(2);
	}

	@Test
	void servesItsScriptAndStyleSheetFromTheStarterWithNosniff() {
		TestClient.Response script = this.http.get("/actuator/vigil/page.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.contentType()).startsWith("text/javascript");
		assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(script.body()).contains("textContent").doesNotContain("innerHTML").doesNotContain("eval(");
		TestClient.Response styleSheet = this.http.get("/actuator/vigil/page.css");
		assertThat(styleSheet.status()).isEqualTo(200);
		assertThat(styleSheet.contentType()).startsWith("text/css");
		assertThat(styleSheet.body()).contains("prefers-color-scheme: dark");
		assertThat(this.http.get("/actuator/vigil/other.js").status()).isEqualTo(404);
	}

	@Test
	void dataShowsEachGroupWithItsOccurrencesStackTraceAndTheLoggingHealth() {
		String first = this.http.get("/orders/7?message=Order%207%20failed").errorId();
		String second = this.http.get("/orders/8?message=Order%208%20failed").errorId();
		TestClient.Response response = this.http.get("/actuator/vigil/data");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		JsonNode data = response.json();
		assertThat(data.get("capacity").asInt()).isEqualTo(100);
		assertThat(data.get("health").get("status").asString()).isEqualTo("UP");
		assertThat(data.get("health").get("details").has("directory")).isTrue();
		JsonNode group = data.get("groups").get(0);
		assertThat(group.get("label").asString())
			.isEqualTo("IllegalStateException at PageTestApplication$FailingController.order");
		assertThat(group.get("count").asLong()).isEqualTo(2);
		assertThat(group.get("message").asString()).isEqualTo("Order 8 failed");
		assertThat(group.get("perMinute")).hasSize(60);
		assertThat(group.get("perMinute").get(59).asInt()).isBetween(1, 2);
		JsonNode occurrences = group.get("occurrences");
		assertThat(occurrences).hasSize(2);
		assertThat(occurrences.get(0).get("errorId").asString()).isEqualTo(second);
		assertThat(occurrences.get(1).get("errorId").asString()).isEqualTo(first);
		assertThat(occurrences.get(0).get("method").asString()).isEqualTo("GET");
		assertThat(occurrences.get(0).get("path").asString()).isEqualTo("/orders/8");
		assertThat(occurrences.get(0).get("status").asInt()).isEqualTo(500);
		assertThat(occurrences.get(0).get("requestId").asString()).isNotBlank();
		assertThat(occurrences.get(0).get("thread").asString()).isNotBlank();
		JsonNode trace = group.get("stackTrace");
		assertThat(trace.get(0).get("text").asString()).isEqualTo("java.lang.IllegalStateException: Order 7 failed");
		assertThat(trace.get(0).get("kind").asString()).isEqualTo("TEXT");
		assertThat(trace).anySatisfy((line) -> {
			assertThat(line.get("text").asString()).startsWith("dev.vigil.page.PageTestApplication$FailingController.order(");
			assertThat(line.get("kind").asString()).isEqualTo("APPLICATION");
		});
		assertThat(trace).anySatisfy((line) -> {
			assertThat(line.get("text").asString()).contains("org.springframework.web.servlet.DispatcherServlet");
			assertThat(line.get("kind").asString()).isEqualTo("LIBRARY");
		});
	}

	@Test
	void dataShowsNoSecretThatTheErrorLogMasks() {
		this.http.get("/orders/9?password=hunter2&token=s3cr3t");
		this.http.get("/orders;jsessionid=hunter3/10");
		String data = this.http.get("/actuator/vigil/data").body();
		assertThat(this.registry.groups()).isNotEmpty();
		assertThat(data).contains("/orders/9").doesNotContain("hunter2").doesNotContain("s3cr3t").doesNotContain("hunter3");
	}

}
