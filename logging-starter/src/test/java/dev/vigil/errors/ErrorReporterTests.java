package dev.vigil.errors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vigil.ErrorFingerprint;
import dev.vigil.VigilMdc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.logging.LogLevel;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Levels and content of the one log entry per failure.
 */
class ErrorReporterTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorReporter.LOGGER_NAME);

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private final ErrorHandlingProperties properties = new ErrorHandlingProperties();

	private final ErrorFingerprint fingerprint = new ErrorFingerprint(List.of());

	private final Object application = new Object();

	private final ErrorRegistry registry = new ErrorRegistry(this.fingerprint, 10);

	private final List<String> counted = new ArrayList<>();

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/7");

	private Level previousLevel;

	private ErrorEventAppender pipeline;

	@BeforeEach
	void captureEvents() {
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.TRACE);
		this.events.start();
		this.logger.addAppender(this.events);
		// The registry and the metric get the ERROR entry through the one fan-out, as in an application.
		this.pipeline = ErrorEventAppender.attach((LoggerContext) LoggerFactory.getILoggerFactory(), this.application,
				this.fingerprint,
				List.of(this.registry::record, (event) -> this.counted.add(event.exceptionName() + " "
						+ event.fingerprint() + " " + ((event.request() != null) ? event.request().status() : "none"))));
	}

	@AfterEach
	void restore() {
		this.pipeline.detach();
		this.logger.detachAppender(this.events);
		this.logger.setLevel(this.previousLevel);
	}

	@Test
	void serverErrorIsOneErrorWithStackTraceErrorIdAndRequest() {
		this.request.setAttribute(dev.vigil.requests.RequestLogFilter.REQUEST_ID_ATTRIBUTE, "req-1");
		IllegalStateException failure = new IllegalStateException("boom");
		reporter().report(failure, 500, "abc123def456", this.request);
		assertThat(this.events.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getFormattedMessage())
				.isEqualTo("Unhandled exception errorId=abc123def456 requestId=req-1 GET /orders/7");
			assertThat(event.getThrowableProxy().getMessage()).isEqualTo("boom");
			assertThat(event.getMDCPropertyMap()).containsEntry(VigilMdc.ERROR_ID, "abc123def456");
		});
		assertThat(this.registry.groups()).singleElement()
			.satisfies((group) -> assertThat(group.lastErrorId()).isEqualTo("abc123def456"));
		assertThat(this.counted)
			.containsExactly("IllegalStateException " + this.registry.groups().get(0).fingerprint() + " 500");
	}

	@Test
	void aFailedRequestOfAnotherApplicationInTheJvmIsLoggedButLeftToThatApplicationsRegistry() {
		new ErrorReporter(new Object(), this.properties, this.fingerprint, null)
			.report(new IllegalStateException("boom"), 500, "abc123def456", this.request);
		assertThat(this.events.list).hasSize(1);
		assertThat(this.registry.groups()).isEmpty();
		assertThat(this.counted).isEmpty();
	}

	@Test
	void errorIdOfAnEnclosingLogIsRestored() {
		MDC.put(VigilMdc.ERROR_ID, "outer");
		try {
			reporter().report(new IllegalStateException(), 500, "inner", this.request);
			assertThat(MDC.get(VigilMdc.ERROR_ID)).isEqualTo("outer");
		}
		finally {
			MDC.remove(VigilMdc.ERROR_ID);
		}
	}

	@Test
	void clientErrorIsAWarningWithoutStackTraceAndNotRecorded() {
		IllegalArgumentException failure = new IllegalArgumentException("bad\r\ninput");
		reporter().report(failure, 400, "id400", this.request);
		assertThat(this.events.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo(
					"Client error 400 errorId=id400 requestId=- GET /orders/7: IllegalArgumentException: bad\\r\\ninput");
			assertThat(event.getThrowableProxy()).isNull();
		});
		assertThat(this.registry.size()).isZero();
		assertThat(this.counted).containsExactly("IllegalArgumentException " + this.fingerprint.of(failure) + " 400");
	}

	@Test
	void notFoundIsDebugByDefault() {
		reporter().report(null, 404, "id404", this.request);
		assertThat(this.events.list).singleElement()
			.satisfies((event) -> assertThat(event.getLevel()).isEqualTo(Level.DEBUG));
		assertThat(this.counted).containsExactly("None none 404");
	}

	@Test
	void clientErrorLevelsAreConfigurable() {
		this.properties.setClientErrorLevel(LogLevel.INFO);
		this.properties.setNotFoundLevel(LogLevel.OFF);
		ErrorReporter reporter = reporter();
		reporter.report(null, 404, "id404", this.request);
		reporter.report(null, 409, "id409", this.request);
		assertThat(this.events.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.INFO);
			assertThat(event.getFormattedMessage()).startsWith("Client error 409 errorId=id409");
		});
	}

	@Test
	void disconnectedClientIsDebugAndNotCounted() {
		reporter().reportDisconnectedClient(new IOException("Broken pipe"), this.request);
		assertThat(this.events.list).singleElement()
			.satisfies((event) -> assertThat(event.getLevel()).isEqualTo(Level.DEBUG));
		assertThat(this.counted).isEmpty();
		assertThat(this.registry.size()).isZero();
	}

	@Test
	void pathIsEscaped() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/a\nforged");
		reporter().report(null, 400, "id", request);
		assertThat(this.events.list.get(0).getFormattedMessage()).contains("GET /a\\nforged").doesNotContain("\n");
	}

	private ErrorReporter reporter() {
		return new ErrorReporter(this.application, this.properties, this.fingerprint,
				(exception, fingerprint, status) -> this.counted.add(exception + " " + fingerprint + " " + status));
	}

}
