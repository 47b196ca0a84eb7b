package dev.vigil.errors;

import java.util.List;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vigil.VigilMdc;
import dev.vigil.test.LogTail;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each failure is one entry in the real {@code error.log}, findable by the error id of the
 * response; client errors never reach it.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "vigil.requests.enabled=false")
@DirtiesContext
class ErrorLoggingTests extends ErrorLogServerTests {

	private static final Pattern ENTRY_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T", Pattern.MULTILINE);

	@Test
	void serverErrorIsOneErrorLogEntryWithTheErrorIdOfTheResponse() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		String errorId = this.http.get("/boom").errorId();
		String written = errorLog.written();
		assertThat(entries(written)).isEqualTo(1);
		assertThat(occurrences(written, errorId)).isEqualTo(1);
		assertThat(written).contains(" ERROR ")
			.contains("dev.vigil.errors")
			.contains("Unhandled exception errorId=" + errorId + " requestId=- GET /boom")
			.contains("java.lang.IllegalStateException: " + ErrorTestApplication.SECRET)
			.contains("\tat dev.vigil.errors.ErrorTestApplication$FailingController.boom(");
	}

	@Test
	void requestIdIsInTheErrorLogEntry() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		String errorId = this.http.get("/boom", "X-Test-Mdc-Request-Id", "req-42").errorId();
		assertThat(errorLog.written()).contains("[req-42]")
			.contains("Unhandled exception errorId=" + errorId + " requestId=req-42 GET /boom");
	}

	@Test
	void errorIdIsInTheMdcWhileTheFailureIsLogged() {
		Logger logger = (Logger) LoggerFactory.getLogger(ErrorReporter.LOGGER_NAME);
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		try {
			String errorId = this.http.get("/boom").errorId();
			assertThat(events.list).singleElement()
				.satisfies((event) -> assertThat(event.getMDCPropertyMap()).containsEntry(VigilMdc.ERROR_ID, errorId));
		}
		finally {
			logger.detachAppender(events);
		}
	}

	@Test
	void exceptionThrownByAFilterIsOneErrorLogEntryWithTheErrorIdOfTheResponse() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		String errorId = this.http.get("/filter-failure").errorId();
		String written = errorLog.written();
		assertThat(entries(written)).isEqualTo(1);
		assertThat(written).contains("Unhandled exception errorId=" + errorId + " requestId=- GET /filter-failure")
			.contains("java.lang.IllegalStateException: " + ErrorTestApplication.SECRET)
			.doesNotContain("Servlet.service()");
	}

	@Test
	void serverErrorWithoutExceptionIsOneErrorLogEntry() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		String errorId = this.http.get("/filter-unavailable").errorId();
		String written = errorLog.written();
		assertThat(entries(written)).isEqualTo(1);
		assertThat(written).contains("Server error 503 errorId=" + errorId + " requestId=- GET /filter-unavailable");
	}

	@Test
	void clientErrorsNeverReachTheErrorLog() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		LogTail appLog = new LogTail(this.files.appLog());
		String badRequest = this.http.get("/search").errorId();
		String notFound = this.http.get("/no/such/page").errorId();
		String notAllowed = this.http.post("/boom", "application/json", "{}").errorId();
		String unsupported = this.http.post("/orders", "text/plain", "book").errorId();
		String invalid = this.http.post("/orders", "application/json", "{\"quantity\": 0}").errorId();
		String conflict = this.http.get("/annotated").errorId();
		String forbidden = this.http.get("/filter-denied").errorId();
		assertThat(errorLog.written()).isEmpty();
		String written = appLog.written();
		for (String errorId : List.of(badRequest, notAllowed, unsupported, invalid, conflict, forbidden)) {
			assertThat(written.lines().filter((line) -> line.contains("errorId=" + errorId)))
				.singleElement(InstanceOfAssertFactories.STRING)
				.contains(" WARN ")
				.contains("Client error 4");
		}
		assertThat(written).doesNotContain(notFound).doesNotContain("\tat ");
	}

	@Test
	void rejectedValuesOfAnInvalidBodyNeverReachTheLog() {
		LogTail appLog = new LogTail(this.files.appLog());
		String errorId = this.http.post("/orders", "application/json", "{\"item\": \" \", \"quantity\": -4242}")
			.errorId();
		String line = appLog.written()
			.lines()
			.filter((written) -> written.contains("errorId=" + errorId))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("MethodArgumentNotValidException: 2 invalid:", "quantity (", "item (")
			.doesNotContain("-4242")
			.doesNotContain("rejected value");
	}

	@Test
	void springMvcDoesNotLogTheFailureAgain() {
		LogTail appLog = new LogTail(this.files.appLog());
		this.http.post("/boom", "application/json", "{}");
		this.http.get("/items/abc");
		this.http.get("/report", "Accept", "text/csv");
		String written = appLog.written();
		assertThat(entries(written)).isEqualTo(3);
		assertThat(written).doesNotContain("PageNotFound").doesNotContain("Resolved [");
	}

	@Test
	void clientDisconnectIsNeitherAnErrorNorAWarning() {
		LogTail errorLog = new LogTail(this.files.errorLog());
		LogTail appLog = new LogTail(this.files.appLog());
		this.http.get("/disconnected");
		assertThat(errorLog.written()).isEmpty();
		assertThat(appLog.written()).isEmpty();
	}

	private static long entries(String log) {
		return ENTRY_START.matcher(log).results().count();
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			count++;
		}
		return count;
	}

}
