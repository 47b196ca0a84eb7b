package dev.vigil;

import java.util.List;

import ch.qos.logback.classic.spi.ThrowableProxy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fingerprint stands for a failure site, never for the input that caused it.
 */
class ErrorFingerprintTests {

	private final ErrorFingerprint fingerprint = new ErrorFingerprint(List.of("com.example"));

	@Test
	void failureWithoutApplicationFrameHasOneFingerprintPerExceptionClass() {
		Throwable endOfInput = failure(new IllegalStateException("x"),
				new IllegalArgumentException("Unexpected end-of-input"), "tools.jackson.core.json.Parser",
				"_eofAsNextChar");
		Throwable badToken = failure(new IllegalStateException("y"), new UnsupportedOperationException("token 'x'"),
				"tools.jackson.core.json.Parser", "_handleUnexpectedValue");
		Throwable otherKind = failure(new UnsupportedOperationException("z"), new IllegalArgumentException("x"),
				"tools.jackson.core.json.Parser", "_eofAsNextChar");
		assertThat(this.fingerprint.of(endOfInput)).isEqualTo(this.fingerprint.of(badToken))
			.isNotEqualTo(this.fingerprint.of(otherKind));
	}

	@Test
	void applicationFramesStillTellFailuresApart() {
		Throwable place = failure(new IllegalStateException("a"), new IllegalArgumentException("b"),
				"com.example.Orders", "place");
		Throwable ship = failure(new IllegalStateException("a"), new IllegalArgumentException("b"),
				"com.example.Orders", "ship");
		assertThat(this.fingerprint.of(place)).isNotEqualTo(this.fingerprint.of(ship));
	}

	@Test
	void logbackEventsGetTheFingerprintOfTheException() {
		Throwable library = failure(new IllegalStateException("x"), new IllegalArgumentException("y"),
				"tools.jackson.core.json.Parser", "_eofAsNextChar");
		Throwable application = failure(new IllegalStateException("x"), new IllegalArgumentException("y"),
				"com.example.Orders", "place");
		assertThat(this.fingerprint.of(new ThrowableProxy(library))).isEqualTo(this.fingerprint.of(library));
		assertThat(this.fingerprint.of(new ThrowableProxy(application))).isEqualTo(this.fingerprint.of(application));
	}

	private static Throwable failure(RuntimeException outer, RuntimeException cause, String className,
			String method) {
		cause.setStackTrace(new StackTraceElement[] { new StackTraceElement(className, method, "X.java", 1),
				new StackTraceElement("org.springframework.http.converter.Reader", "read", "R.java", 2) });
		outer.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("org.springframework.web.servlet.Resolver", "resolve", "S.java", 3) });
		outer.initCause(cause);
		return outer;
	}

}
