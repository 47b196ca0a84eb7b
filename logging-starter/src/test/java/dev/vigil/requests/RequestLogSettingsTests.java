package dev.vigil.requests;

import dev.vigil.test.LogFile;
import dev.vigil.test.TestClient.Response;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request logging with every setting changed from its default.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.requests.client-error-level=error", "vigil.requests.slow-threshold=0ms",
				"vigil.requests.include-query=false", "vigil.requests.exclude=/status/2*",
				"vigil.requests.request-id-header=X-Correlation-Id", "vigil.requests.mask=session",
				"vigil.requests.include-headers=true" })
class RequestLogSettingsTests extends RequestLogServerTests {

	@Autowired
	MeterRegistry meters;

	@Test
	void logsRequestsSlowerThanTheThresholdAtWarnMarkedSlow() {
		this.client.get("/hello", "X-Correlation-Id", "slow-1");
		String line = this.appLog.awaitRequestLine("slow-1");
		assertThat(LogFile.level(line)).isEqualTo("WARN");
		assertThat(line).contains(" requestId=slow-1 slow=true");
	}

	@Test
	void countsEachSlowRequestInTheApplicationsMeterRegistry() {
		Counter slow = this.meters.find(MicrometerSlowRequestCounter.METER_NAME).counter();
		assertThat(slow).as("registered at startup").isNotNull();
		double before = slow.count();
		this.client.get("/hello", "X-Correlation-Id", "slow-counted-1");
		// counted before the line is written
		this.appLog.awaitRequestLine("slow-counted-1");
		assertThat(slow.count()).isEqualTo(before + 1);
	}

	@Test
	void logsClientErrorsAtTheConfiguredLevel() {
		this.client.get("/status/404", "X-Correlation-Id", "client-error-1");
		String line = this.appLog.awaitRequestLine("client-error-1");
		assertThat(LogFile.level(line)).isEqualTo("ERROR");
		assertThat(this.errorLog.requestLines("client-error-1")).hasSize(1);
	}

	@Test
	void leavesTheQueryOutWhenAsked() {
		this.client.get("/hello?name=ann", "X-Correlation-Id", "no-query-1");
		String line = this.appLog.awaitRequestLine("no-query-1");
		assertThat(LogFile.message(line)).startsWith("GET /hello -> 200 in ").doesNotContain("ann");
	}

	@Test
	void readsAndEchoesTheRequestIdFromTheConfiguredHeader() {
		Response response = this.client.get("/hello", "X-Correlation-Id", "correlation-1",
				"X-Request-Id", "ignored-1");
		assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("correlation-1");
		assertThat(response.headers().firstValue("X-Request-Id")).isEmpty();
		assertThat(this.appLog.awaitRequestLine("correlation-1")).contains("X-Request-Id=ignored-1");
	}

	@Test
	void excludesTheConfiguredPatternsInsteadOfTheDefaultOnes() {
		this.client.get("/status/204", "X-Correlation-Id", "excluded-204");
		this.client.get("/favicon.ico", "X-Correlation-Id", "favicon-1");
		this.appLog.awaitRequestLine("favicon-1");
		assertThat(this.appLog.requestLines("excluded-204")).isEmpty();
	}

	@Test
	void masksTheConfiguredNamesInsteadOfTheDefaultOnes() {
		this.client.get("/hello", "X-Correlation-Id", "mask-1", "Session", "s-secret", "Password", "not-masked");
		String line = this.appLog.awaitRequestLine("mask-1");
		assertThat(line).contains("Session=***").contains("Password=not-masked").doesNotContain("s-secret");
	}

}
