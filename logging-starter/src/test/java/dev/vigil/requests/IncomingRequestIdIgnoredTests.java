package dev.vigil.requests;

import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code vigil.requests.incoming-request-id=ignore} every request gets a new id, whatever
 * the client sends, and the incoming id is written nowhere.
 */
@SpringBootTest(classes = { RequestLogTestApplication.class, MdcEchoController.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vigil.requests.incoming-request-id=ignore")
class IncomingRequestIdIgnoredTests extends RequestLogServerTests {

	@Test
	void aValidIncomingIdIsReplacedByANewOne() {
		Response response = this.client.get("/mdc", "X-Request-Id", "upstream-ignored-1");
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).matches("[0-9a-f]{16}");
		assertThat(response.body()).isEqualTo("requestId=" + requestId + "\n");
		assertThat(this.appLog.awaitRequestLine(requestId)).endsWith(" requestId=" + requestId);
		assertThat(this.appLog.content()).doesNotContain("upstream-ignored-1");
	}

	@Test
	void everyRequestGetsItsOwnIdEvenWhenTheClientRepeatsOne() {
		String first = this.client.get("/hello", "X-Request-Id", "upstream-repeated")
			.headers()
			.firstValue("X-Request-Id")
			.orElseThrow();
		String second = this.client.get("/hello", "X-Request-Id", "upstream-repeated")
			.headers()
			.firstValue("X-Request-Id")
			.orElseThrow();
		assertThat(first).isNotEqualTo(second).isNotEqualTo("upstream-repeated");
	}

}
