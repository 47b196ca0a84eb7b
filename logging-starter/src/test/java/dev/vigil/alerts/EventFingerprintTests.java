package dev.vigil.alerts;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import dev.vigil.ErrorFingerprint;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert carries the fingerprint that the error registry and the metric know its event by.
 */
class EventFingerprintTests {

	private final ErrorFingerprint errors = new ErrorFingerprint(List.of());

	private final Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory())
		.getLogger("com.example.shop.PaymentJob");

	@Test
	void anEventWithoutExceptionHasTheFingerprintOfItsLoggerAndTemplate() {
		LoggingEvent event = new LoggingEvent(Logger.class.getName(), this.logger, Level.ERROR, "Payment {} failed",
				null, new Object[] { "p-1" });
		assertThat(new EventFingerprint(this.errors).of(event))
			.isEqualTo(this.errors.ofTemplate("com.example.shop.PaymentJob", "Payment {} failed"));
	}

	@Test
	void digitsOfATemplateMakeNoNewGroup() {
		assertThat(this.errors.ofTemplate("com.example.shop.PaymentJob", "Payment 42 failed"))
			.isEqualTo(this.errors.ofTemplate("com.example.shop.PaymentJob", "Payment 43 failed"))
			.isNotEqualTo(this.errors.ofTemplate("com.example.shop.RefundJob", "Payment 43 failed"));
	}

}
