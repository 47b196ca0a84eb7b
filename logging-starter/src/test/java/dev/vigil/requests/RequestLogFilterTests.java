package dev.vigil.requests;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vigil.VigilMdc;
import dev.vigil.test.LogFile;
import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request logging with its defaults, against a real server and a real HTTP client, reading
 * the real {@code app.log} and {@code error.log}.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.dev.vigil.requests=debug", "vigil.errors.enabled=false" })
class RequestLogFilterTests extends RequestLogServerTests {

	@Autowired
	RequestLogTestApplication.MdcProbe mdcProbe;

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	@BeforeEach
	void captureEvents() {
		this.events.start();
		requestLogger().addAppender(this.events);
		failureLogger().addAppender(this.events);
	}

	@AfterEach
	void noRequestIdLeftInTheMdc() {
		requestLogger().detachAppender(this.events);
		failureLogger().detachAppender(this.events);
		assertThat(this.mdcProbe.leaks).isEmpty();
	}

	private static Logger requestLogger() {
		return (Logger) LoggerFactory.getLogger("dev.vigil.requests");
	}

	// where error handling logs failures: switched off here, so nothing of Vigil's may arrive
	private static Logger failureLogger() {
		return (Logger) LoggerFactory.getLogger("dev.vigil.errors");
	}

	@Test
	void logsOneLineWithMethodPathQueryStatusDurationClientAndRequestId() {
		Response response = this.client.get("/hello?name=ann", "X-Request-Id", "line-1");
		assertThat(response.status()).isEqualTo(200);
		String line = this.appLog.awaitRequestLine("line-1");
		assertThat(line).contains(" dev.vigil.requests ").contains(" [line-1] ");
		assertThat(LogFile.level(line)).isEqualTo("INFO");
		assertThat(LogFile.message(line))
			.matches("GET /hello\\?name=ann -> 200 in \\d+ ms client=127\\.0\\.0\\.1 requestId=line-1");
		assertExactlyOneRequestLine("line-1");
	}

	@Test
	void buildsNoKeyValuePairsThatOnlyTextFilesWouldSee() {
		// request lines go to Vigil's text files only here: pairs would be allocated for nobody
		// (with a JSON format they are fields, see RequestLogJsonOutputTests)
		this.client.get("/hello?name=ann", "X-Request-Id", "pairs-1");
		this.appLog.awaitRequestLine("pairs-1");
		ILoggingEvent event = this.events.list.stream()
			.filter((candidate) -> candidate.getFormattedMessage().endsWith("requestId=pairs-1"))
			.findFirst()
			.orElseThrow();
		assertThat(event.getKeyValuePairs()).isNullOrEmpty();
		assertThat(event.getMDCPropertyMap()).containsEntry(VigilMdc.REQUEST_ID, "pairs-1");
	}

	@Test
	void logsSuccessAndRedirectsAtInfoClientErrorsAtInfoByDefaultAndServerErrorsAtWarn() {
		this.client.get("/status/204", "X-Request-Id", "level-204");
		this.client.get("/status/302", "X-Request-Id", "level-302");
		this.client.get("/status/418", "X-Request-Id", "level-418");
		this.client.get("/status/503", "X-Request-Id", "level-503");
		assertThat(LogFile.level(this.appLog.awaitRequestLine("level-204"))).isEqualTo("INFO");
		assertThat(LogFile.level(this.appLog.awaitRequestLine("level-302"))).isEqualTo("INFO");
		assertThat(LogFile.level(this.appLog.awaitRequestLine("level-418"))).isEqualTo("INFO");
		String serverError = this.appLog.awaitRequestLine("level-503");
		assertThat(LogFile.level(serverError)).isEqualTo("WARN");
		assertThat(serverError).contains("GET /status/503 -> 503 in ").doesNotContain("slow=true");
		// the ERROR with the stack trace belongs to error handling, not to the request line
		assertThat(this.errorLog.content()).doesNotContain("level-503");
	}

	@Test
	void logsAnUnknownPathOnceAlthoughTheErrorPageIsRenderedInASecondDispatch() {
		Response response = this.client.get("/no-such-page", "X-Request-Id", "unknown-1");
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.appLog.awaitRequestLine("unknown-1")).contains("GET /no-such-page -> 404 in ");
		assertExactlyOneRequestLine("unknown-1");
	}

	@Test
	void logsACallableAtItsRealCompletionWithItsStatusAndTheRequestIdOnItsThread() {
		Response response = this.client.get("/callable", "X-Request-Id", "callable-1");
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body()).isEqualTo("callable");
		String line = this.appLog.awaitRequestLine("callable-1");
		assertThat(LogFile.message(line)).startsWith("GET /callable -> 201 in ");
		assertThat(durationMs(line)).isGreaterThanOrEqualTo(RequestLogTestApplication.ASYNC_DELAY_MS);
		assertThat(this.appLog.linesInRequest("callable-1")).anyMatch((l) -> l.endsWith("Computing in a callable"));
		assertExactlyOneRequestLine("callable-1");
	}

	@Test
	void logsADeferredResultAtItsRealCompletionWithItsStatus() {
		Response response = this.client.get("/deferred", "X-Request-Id", "deferred-1");
		assertThat(response.status()).isEqualTo(202);
		String line = this.appLog.awaitRequestLine("deferred-1");
		assertThat(LogFile.message(line)).startsWith("GET /deferred -> 202 in ");
		assertThat(durationMs(line)).isGreaterThanOrEqualTo(RequestLogTestApplication.ASYNC_DELAY_MS);
		assertExactlyOneRequestLine("deferred-1");
	}

	@Test
	void logsAStreamingResponseBodyAtItsRealCompletionWithItsStatus() {
		Response response = this.client.get("/streaming", "X-Request-Id", "streaming-1");
		assertThat(response.status()).isEqualTo(203);
		assertThat(response.body()).isEqualTo("streamed");
		String line = this.appLog.awaitRequestLine("streaming-1");
		assertThat(LogFile.message(line)).startsWith("GET /streaming -> 203 in ");
		assertThat(durationMs(line)).isGreaterThanOrEqualTo(RequestLogTestApplication.ASYNC_DELAY_MS);
		assertExactlyOneRequestLine("streaming-1");
	}

	@Test
	void leavesAnExceptionOfAnAsyncDispatchToTheContainerAndLogsItsLineOnce() {
		Response response = this.client.get("/callable-boom", "X-Request-Id", "async-boom-1");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("errorId");
		String line = this.appLog.awaitRequestLine("async-boom-1");
		assertThat(LogFile.level(line)).isEqualTo("WARN");
		assertThat(LogFile.message(line)).startsWith("GET /callable-boom -> 500 in ");
		assertExactlyOneRequestLine("async-boom-1");
		// Tomcat itself writes two entries for a failed async dispatch, as without Vigil
		assertLoggedByTheContainerOnly("java.lang.IllegalStateException: callable failed", 2);
	}

	@Test
	void doesNotLogExcludedPathsButStillGivesThemARequestId() {
		Response favicon = this.client.get("/favicon.ico", "X-Request-Id", "excluded-1");
		Response health = this.client.get("/actuator/health", "X-Request-Id", "excluded-2");
		assertThat(favicon.headers().firstValue("X-Request-Id")).hasValue("excluded-1");
		assertThat(health.headers().firstValue("X-Request-Id")).hasValue("excluded-2");
		awaitAllLinesWritten();
		assertThat(this.appLog.requestLines("excluded-1")).isEmpty();
		assertThat(this.appLog.requestLines("excluded-2")).isEmpty();
	}

	@Test
	void keepsAValidIncomingRequestIdAndEchoesIt() {
		String id = "Upstream.id_42:a-b";
		Response response = this.client.get("/hello", "X-Request-Id", id);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);
		assertThat(this.appLog.awaitRequestLine(id)).endsWith("requestId=" + id);
	}

	@Test
	void replacesAnInvalidIncomingRequestId() {
		String tooLong = "a".repeat(65);
		for (String invalid : List.of(tooLong, "has space", "semi;colon", "quote\"", "caf\u00e9")) {
			Response response = this.client.get("/hello", "X-Request-Id", invalid);
			String echoed = response.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(echoed).as("replacement of %s", invalid).matches("[0-9a-f]{16}");
			assertThat(this.appLog.awaitRequestLine(echoed)).endsWith("requestId=" + echoed);
		}
		assertThat(this.appLog.content()).doesNotContain(tooLong).doesNotContain("has space");
	}

	@Test
	void generatesARequestIdWhenNoneIsSentAndPutsItInTheMdcWhileTheRequestIsServed() {
		Response first = this.client.get("/hello");
		Response second = this.client.get("/hello");
		String firstId = first.headers().firstValue("X-Request-Id").orElseThrow();
		String secondId = second.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(firstId).matches("[0-9a-f]{16}");
		assertThat(secondId).matches("[0-9a-f]{16}").isNotEqualTo(firstId);
		this.appLog.awaitRequestLine(secondId);
		assertThat(this.appLog.linesInRequest(firstId)).anyMatch((line) -> line.endsWith("Saying hello to someone"));
		assertThat(this.appLog.linesInRequest(secondId)).anyMatch((line) -> line.endsWith("Saying hello to someone"));
		// each request's lines carry only its own id
		assertThat(this.appLog.linesInRequest(firstId)).noneMatch((line) -> line.contains(secondId));
	}

	@Test
	void removesTheRequestIdFromTheMdcAfterEveryRequestOnTheSameThreads() {
		for (int i = 0; i < 30; i++) {
			this.client.get("/hello", "X-Request-Id", "cleanup-" + i);
		}
		this.client.get("/deferred", "X-Request-Id", "cleanup-async");
		this.client.get("/no-such-page", "X-Request-Id", "cleanup-error");
		awaitAllLinesWritten();
		// every line written outside a request has no id: the pattern prints "-"
		assertThat(this.mdcProbe.leaks).isEmpty();
		assertThat(org.slf4j.MDC.get(VigilMdc.REQUEST_ID)).isNull();
	}

	@Test
	void leavesAnExceptionEscapingAnotherFilterToTheContainerAsSpringBootDoes() {
		// error handling is off: Spring Boot's error controller answers, the container logs
		Response response = this.client.get("/filter-boom", "X-Request-Id", "escape-1");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("escape-1");
		assertThat(response.contentType()).doesNotContain("problem");
		assertThat(response.json().get("path").asString()).isEqualTo("/filter-boom");
		assertThat(response.body()).doesNotContain("hunter2", "vault", "errorId");
		String line = this.appLog.awaitRequestLine("escape-1");
		assertThat(LogFile.level(line)).isEqualTo("WARN");
		assertThat(LogFile.message(line)).startsWith("GET /filter-boom -> 500 in ");
		assertExactlyOneRequestLine("escape-1");
		assertLoggedOnceByTheContainerOnly("java.lang.IllegalStateException: filter failed near the vault");
		assertThat(this.errorLog.content())
			.contains("at dev.vigil.requests.RequestLogTestApplication$ThrowingFilter.doFilterInternal");
	}

	@Test
	void leavesAnExceptionEscapingTheMvcLayerToTheContainer() {
		Response response = this.client.get("/boom", "X-Request-Id", "escape-2");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("hunter2", "controller failed", "errorId");
		assertThat(LogFile.message(this.appLog.awaitRequestLine("escape-2"))).startsWith("GET /boom -> 500 in ");
		assertExactlyOneRequestLine("escape-2");
		assertLoggedOnceByTheContainerOnly("java.lang.IllegalStateException: controller failed, password=hunter2");
	}

	@Test
	void logsAClientThatWentAwayAtDebugNotAsAnError() {
		this.client.get("/client-gone", "X-Request-Id", "gone-1");
		this.appLog.awaitRequestLine("gone-1");
		assertThat(this.appLog.linesInRequest("gone-1"))
			.anyMatch((line) -> LogFile.level(line).equals("DEBUG")
					&& LogFile.message(line).startsWith("Client disconnected requestId=gone-1 GET /client-gone"));
		assertThat(this.errorLog.content()).doesNotContain("gone-1").doesNotContain("Broken pipe");
	}

	@Test
	void logsEncodedLineBreaksInPathAndQueryAsSentOnOneLine() {
		this.client.get("/hello%0d%0aFORGED-PATH?name=x%0D%0AFORGED-QUERY%0a%85", "X-Request-Id", "inject-1");
		String line = this.appLog.awaitRequestLine("inject-1");
		assertThat(LogFile.message(line))
			.startsWith("GET /hello%0d%0aFORGED-PATH?name=x%0D%0AFORGED-QUERY%0a%85 -> ");
		assertNoLineStartsWith("FORGED-");
	}

	@Test
	void neverLetsRawLineBreaksOrControlCharactersInTheRequestLineForgeALine() {
		// Tomcat rejects these before any filter runs; whoever rejects them, no line is forged
		this.client.raw("GET /hello\r\nFORGED-RAW1 INFO dev.vigil.requests - GET / -> 200 HTTP/1.1\r\n"
				+ "Host: localhost\r\nConnection: close\r\n\r\n");
		this.client.raw("GET /hello?name=a\rFORGED-RAW2\u001b[31m HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n");
		this.client.raw("GET /he\u0085FORGED-RAW3 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		awaitAllLinesWritten();
		assertNoLineStartsWith("FORGED-RAW");
		assertThat(this.appLog.content()).doesNotContain("\u001b").doesNotContain("\u0085");
	}

	@Test
	void replacesARequestIdCarryingControlCharacters() {
		String response = this.client.raw("GET /hello HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Request-Id: ok\tFORGED-ID\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 200 ");
		String echoed = response.lines()
			.filter((header) -> header.startsWith("X-Request-Id: "))
			.findFirst()
			.orElseThrow()
			.substring("X-Request-Id: ".length());
		assertThat(echoed).matches("[0-9a-f]{16}");
		assertThat(this.appLog.awaitRequestLine(echoed)).doesNotContain("FORGED-ID");
		// a raw CR or LF inside the header never reaches the application
		assertThat(this.client.raw("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: ok\rFORGED-ID2\r\n"
				+ "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 400 ");
		awaitAllLinesWritten();
		assertNoLineStartsWith("FORGED-ID");
	}

	private void assertExactlyOneRequestLine(String requestId) {
		awaitAllLinesWritten();
		assertThat(this.appLog.requestLines(requestId)).hasSize(1);
	}

	/**
	 * Waits for a later request's line, so that any line of an earlier request would have been
	 * written by then.
	 */
	private void awaitAllLinesWritten() {
		String barrier = "barrier-" + RequestIds.next();
		this.client.get("/hello", "X-Request-Id", barrier);
		this.appLog.awaitRequestLine(barrier);
	}

	/**
	 * The failure is in {@code error.log} once, as the servlet container logged it, and Vigil
	 * logged nothing of its own about it.
	 */
	private void assertLoggedOnceByTheContainerOnly(String exception) {
		assertLoggedByTheContainerOnly(exception, 1);
	}

	private void assertLoggedByTheContainerOnly(String exception, int entries) {
		awaitAllLinesWritten();
		List<String> lines = this.errorLog.lines();
		List<Integer> traces = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(exception) || lines.get(i).startsWith("Caused by: " + exception)) {
				traces.add(i);
			}
		}
		assertThat(traces).as("stack traces of %s", exception).hasSize(entries);
		for (int trace : traces) {
			int entry = trace - 1;
			while (!lines.get(entry).matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
				entry--;
			}
			assertThat(LogFile.level(lines.get(entry))).isEqualTo("ERROR");
			assertThat(LogFile.message(lines.get(entry))).startsWith("Servlet.service() for servlet [dispatcherServlet]")
				.contains("threw exception");
		}
		assertThat(this.errorLog.content()).doesNotContain("Unhandled exception");
		assertThat(this.events.list).noneMatch((event) -> event.getLoggerName().equals("dev.vigil.errors"));
	}

	private void assertNoLineStartsWith(String marker) {
		assertThat(this.appLog.lines()).noneMatch((line) -> line.startsWith(marker));
	}

	private static long durationMs(String line) {
		String message = LogFile.message(line);
		int in = message.indexOf(" in ");
		return Long.parseLong(message.substring(in + 4, message.indexOf(" ms", in)));
	}

}
