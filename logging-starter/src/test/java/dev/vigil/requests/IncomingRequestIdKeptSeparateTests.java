package dev.vigil.requests;

import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code vigil.requests.incoming-request-id=keep-separate} every request gets a new id,
 * and a valid incoming id is kept beside it: in the MDC as {@code incomingRequestId}, on every
 * thread the request id is, and on the request line.
 */
@SpringBootTest(classes = { RequestLogTestApplication.class, MdcEchoController.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vigil.requests.incoming-request-id=keep-separate")
class IncomingRequestIdKeptSeparateTests extends RequestLogServerTests {

	@Test
	void aValidIncomingIdIsKeptBesideANewRequestId() {
		Response response = this.client.get("/mdc", "X-Request-Id", "upstream-kept-1");
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).matches("[0-9a-f]{16}");
		assertThat(response.body()).isEqualTo("incomingRequestId=upstream-kept-1\nrequestId=" + requestId + "\n");
		assertThat(this.appLog.awaitRequestLine(requestId))
			.endsWith(" requestId=" + requestId + " incomingRequestId=upstream-kept-1");
	}

	@Test
	void theIncomingIdIsInTheMdcOfACallableToo() {
		Response response = this.client.get("/mdc-callable", "X-Request-Id", "upstream-kept-2");
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(response.body()).isEqualTo("incomingRequestId=upstream-kept-2\nrequestId=" + requestId + "\n");
		assertThat(this.appLog.awaitRequestLine(requestId)).endsWith(" incomingRequestId=upstream-kept-2");
	}

	@Test
	void anInvalidIncomingIdIsNotKept() {
		Response response = this.client.get("/mdc", "X-Request-Id", "not valid!");
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(response.body()).isEqualTo("requestId=" + requestId + "\n");
		assertThat(this.appLog.awaitRequestLine(requestId)).endsWith(" requestId=" + requestId);
		assertThat(this.appLog.content()).doesNotContain("not valid!");
	}

}
