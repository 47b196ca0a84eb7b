package dev.vigil.errors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.vigil.ErrorFingerprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorEventAppender}, the one fan-out of ERROR events, attached to the real
 * Logback root logger.
 */
class ErrorEventAppenderTests {

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final org.slf4j.Logger logger = LoggerFactory.getLogger("com.example.shop.PaymentJob");

	private final ErrorFingerprint fingerprint = new ErrorFingerprint(List.of());

	private final Object application = new Object();

	private final List<ErrorEvent> received = new CopyOnWriteArrayList<>();

	private final List<ErrorEvent> alsoReceived = new CopyOnWriteArrayList<>();

	private ErrorEventAppender appender;

	@BeforeEach
	void attach() {
		this.appender = ErrorEventAppender.attach(this.context, this.application, this.fingerprint,
				List.of(this.received::add, this.alsoReceived::add));
	}

	@AfterEach
	void detach() {
		this.appender.detach();
	}

	@Test
	void handsErrorsOfAnyLoggerButNotWarningsToEveryListener() {
		this.logger.error("Order 1 failed");
		LoggerFactory.getLogger("org.example.library.Pool").error("Pool exhausted", new IllegalStateException());
		this.logger.warn("Order 2 is late");
		this.logger.info("Order 3 placed");
		assertThat(this.received).extracting(ErrorEvent::logger)
			.containsExactly("com.example.shop.PaymentJob", "org.example.library.Pool");
		assertThat(this.alsoReceived).isEqualTo(this.received);
	}

	@Test
	void errorsWithoutExceptionAreOneGroupPerLoggerAndMessageTemplate() {
		this.logger.error("Payment {} failed", "p-1");
		this.logger.error("Payment {} failed", "p-2");
		this.logger.error("Refund {} failed", "p-1");
		LoggerFactory.getLogger("com.example.shop.RefundJob").error("Payment {} failed", "p-1");
		assertThat(this.received).hasSize(4);
		assertThat(this.received.get(0).fingerprint()).isEqualTo(this.received.get(1).fingerprint());
		assertThat(this.received.stream().map(ErrorEvent::fingerprint).distinct()).hasSize(3);
		ErrorEvent first = this.received.get(0);
		assertThat(first.label()).isEqualTo("PaymentJob: Payment {} failed");
		assertThat(first.message()).isEqualTo("Payment p-1 failed");
		assertThat(first.exception()).isNull();
		assertThat(first.request()).isNull();
		assertThat(first.thread()).isEqualTo(Thread.currentThread().getName());
	}

	@Test
	void errorsWithAnExceptionHaveItsFingerprint() {
		IllegalStateException failure = new IllegalStateException("declined\nforged line");
		this.logger.error("Payment {} failed", "p-1", failure);
		assertThat(this.received).singleElement().satisfies((event) -> {
			assertThat(event.fingerprint()).isEqualTo(this.fingerprint.of(failure));
			assertThat(event.exception()).isSameAs(failure);
			assertThat(event.message()).isEqualTo("declined\\nforged line");
		});
	}

	@Test
	void aFailingListenerKeepsNeitherTheOthersNorTheLogFromTheEvent() {
		this.appender.detach();
		this.appender = ErrorEventAppender.attach(this.context, this.application, this.fingerprint, List.of((event) -> {
			throw new IllegalStateException("listener fault");
		}, this.received::add));
		this.logger.error("Order 1 failed");
		assertThat(this.received).hasSize(1);
	}

	@Test
	void stopsWhenDetached() {
		this.appender.detach();
		this.logger.error("after close");
		assertThat(this.received).isEmpty();
		assertThat(this.context.getLogger(Logger.ROOT_LOGGER_NAME).isAttached(this.appender)).isFalse();
	}

	@Test
	void anotherApplicationsAppenderIsAttachedBesideTheFirstUnderANumberedName() {
		List<ErrorEvent> second = new CopyOnWriteArrayList<>();
		ErrorEventAppender other = ErrorEventAppender.attach(this.context, new Object(), this.fingerprint,
				List.of(second::add));
		try {
			Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			// cached contexts of other test classes may hold lower numbers
			assertThat(other.getName()).matches("VIGIL_\\d+_ERRORS").isNotEqualTo(this.appender.getName());
			assertThat(root.getAppender(this.appender.getName())).isSameAs(this.appender);
			assertThat(root.getAppender(other.getName())).isSameAs(other);
			this.logger.error("outside of any request");
			assertThat(second).hasSize(1);
			assertThat(this.received).hasSize(1);
		}
		finally {
			other.detach();
		}
		assertThat(this.appender.isStarted()).isTrue();
	}

}
