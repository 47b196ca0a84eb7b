package dev.vigil.requests;

import java.time.Duration;
import java.util.Map;

import dev.vigil.test.LogFile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application's {@link RequestMasker} and {@link RequestLineFormatter} beans decide the
 * request line in the real {@code app.log}, and what they return still cannot start an entry.
 */
@SpringBootTest(classes = { RequestLogTestApplication.class, ReplacedMaskerAndFormatterTests.OwnBeans.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vigil.requests.include-body=true")
class ReplacedMaskerAndFormatterTests extends RequestLogServerTests {

	@Test
	void writesTheLineInTheApplicationsFormat() {
		assertThat(this.client.get("/status/404", "X-Request-Id", "own-format").status()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.appLog.linesInRequest("own-format")).anySatisfy((line) -> assertThat(
					LogFile.message(line)).isEqualTo("own GET /status/404 status=404\\nforged=entry")));
		assertThat(this.appLog.requestLines("own-format")).isEmpty();
		assertThat(this.appLog.content()).doesNotContain("\nforged=entry");
	}

	@Test
	void masksWithTheApplicationsRuleBesideTheDefaultOne() {
		assertThat(this.client.get("/hello?card=4111111111111111&password=p-secret&note=4111111111111111",
				"X-Request-Id", "own-rule").status()).isEqualTo(200);
		assertThat(this.client.post("/echo", "text/plain", "note 4111111111111111", "X-Request-Id", "own-body")
			.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.appLog.linesInRequest("own-rule"))
				.anySatisfy((line) -> assertThat(line).contains("query=card=[card]&password=***&note=[card]"));
			assertThat(this.appLog.linesInRequest("own-body"))
				.anySatisfy((line) -> assertThat(line).contains("body=note [card]"));
		});
		assertThat(this.appLog.content()).doesNotContain("4111111111111111").doesNotContain("p-secret");
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnBeans {

		@Bean
		RequestLineFormatter ownFormat() {
			return new RequestLineFormatter() {

				@Override
				public String message(LoggedRequest request) {
					String line = "own " + request.method() + " " + request.path() + " status=" + request.status();
					line = (request.query() != null) ? line + " query=" + request.query() : line;
					line = (request.body() != null) ? line + " body=" + request.body() : line;
					// a careless format: Vigil escapes the message once more
					return (request.status() == 404) ? line + "\nforged=entry" : line;
				}

				@Override
				public Map<String, Object> keyValues(LoggedRequest request) {
					return Map.of("http.response.status_code", request.status());
				}

			};
		}

		@Bean
		RequestMasker ownMasking(RequestLogProperties properties) {
			RequestMasker defaults = RequestMasker.secretNames(properties.getMask());
			return new RequestMasker() {

				@Override
				public String maskPath(String path) {
					return defaults.maskPath(path);
				}

				@Override
				public String maskQuery(String query) {
					return cardNumbers(defaults.maskQuery(query));
				}

				@Override
				public boolean isSecretHeader(String name) {
					return defaults.isSecretHeader(name);
				}

				@Override
				public String maskBody(String body, @Nullable String contentType) {
					return cardNumbers(defaults.maskBody(body, contentType));
				}

				private String cardNumbers(String text) {
					return text.replaceAll("\\b\\d{13,19}\\b", "[card]");
				}

			};
		}

	}

}
