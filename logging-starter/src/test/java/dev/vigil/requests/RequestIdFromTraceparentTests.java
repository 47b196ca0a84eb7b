package dev.vigil.requests;

import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code vigil.requests.request-id-source=traceparent} and no tracing library, the request
 * id is the trace id of the W3C {@code traceparent} header the client sent; a missing or
 * invalid header gives a new id, never the header as it came.
 */
@SpringBootTest(classes = { RequestLogTestApplication.class, MdcEchoController.class },
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vigil.requests.request-id-source=traceparent")
class RequestIdFromTraceparentTests extends RequestLogServerTests {

	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	@Test
	void theTraceIdOfAValidHeaderIsTheRequestId() {
		Response response = this.client.get("/mdc", "traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01",
				"X-Request-Id", "upstream-1");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(TRACE_ID);
		assertThat(response.body()).isEqualTo("requestId=" + TRACE_ID + "\n");
		assertThat(this.appLog.awaitRequestLine(TRACE_ID)).endsWith(" requestId=" + TRACE_ID);
	}

	@Test
	void anInvalidHeaderGivesANewIdAndIsWrittenNowhere() {
		// upper-case hexadecimal digits are not valid
		String invalid = "00-5BF92F3577B34DA6A3CE929D0E0E4736-b7ad6b7169203331-01";
		Response response = this.client.get("/mdc", "traceparent", invalid);
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).matches("[0-9a-f]{16}");
		this.appLog.awaitRequestLine(requestId);
		assertThat(this.appLog.content()).doesNotContainIgnoringCase("5BF92F3577B34DA6A3CE929D0E0E4736");
	}

	@Test
	void withoutTheHeaderTheRequestGetsANewIdNotTheRequestIdHeader() {
		Response response = this.client.get("/mdc", "X-Request-Id", "upstream-2");
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).matches("[0-9a-f]{16}");
		assertThat(this.appLog.awaitRequestLine(requestId)).doesNotContain("upstream-2");
	}

}
