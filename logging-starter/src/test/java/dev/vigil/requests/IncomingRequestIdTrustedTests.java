package dev.vigil.requests;

import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default a valid incoming request id becomes the request's id: echoed, in the MDC and on
 * the line; an invalid one is replaced by a new id.
 */
@SpringBootTest(classes = { RequestLogTestApplication.class, MdcEchoController.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class IncomingRequestIdTrustedTests extends RequestLogServerTests {

	@Test
	void aValidIncomingIdBecomesTheRequestId() {
		Response response = this.client.get("/mdc", "X-Request-Id", "upstream-trusted-1");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("upstream-trusted-1");
		assertThat(response.body()).isEqualTo("requestId=upstream-trusted-1\n");
		assertThat(this.appLog.awaitRequestLine("upstream-trusted-1")).endsWith("requestId=upstream-trusted-1");
	}

	@Test
	void anInvalidIncomingIdIsReplaced() {
		Response response = this.client.get("/mdc", "X-Request-Id", "not valid!");
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).matches("[0-9a-f]{16}");
		assertThat(this.appLog.awaitRequestLine(requestId)).doesNotContain("incomingRequestId");
	}

}
