package dev.vigil.errors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exception text is single-line safe and bounded.
 */
class ExceptionTextTests {

	@Test
	void messageIsNullWithoutOne() {
		assertThat(ExceptionText.message(new IllegalStateException())).isNull();
	}

	@Test
	void stackTraceShowsCausesWithoutRepeatingSharedFrames() {
		IllegalStateException cause = new IllegalStateException("inner\nline");
		RuntimeException wrapper = new RuntimeException("outer", cause);
		String trace = ExceptionText.stackTrace(wrapper);
		assertThat(trace).startsWith("java.lang.RuntimeException: outer\n\tat ")
			.contains("Caused by: java.lang.IllegalStateException: inner\\nline\n")
			.containsPattern("\t\\.\\.\\. \\d+ more\n");
	}

	@Test
	void stackTraceSurvivesCausalCycles() {
		IllegalStateException first = new IllegalStateException("first");
		IllegalArgumentException second = new IllegalArgumentException("second", first);
		first.initCause(second);
		assertThat(ExceptionText.stackTrace(first)).contains("Caused by: java.lang.IllegalArgumentException: second")
			.hasSizeLessThan(ExceptionText.MAX_TRACE_LENGTH);
	}

}
