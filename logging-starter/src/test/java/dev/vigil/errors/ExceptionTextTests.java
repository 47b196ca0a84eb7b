package dev.vigil.errors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exception text is single-line safe and bounded.
 */
class ExceptionTextTests {

	@Test
	void plainShortTextIsKept() {
		String text = "Order 42 not found";
		assertThat(ExceptionText.escape(text, 100)).isSameAs(text);
	}

	@Test
	void controlCharactersAreEscaped() {
		assertThat(ExceptionText.escape("a\r\nb\tc\u0000d\u2028e", 100)).isEqualTo("a\\r\\nb\\tc\\u0000d\\u2028e");
	}

	@Test
	void longTextIsCutAndMarked() {
		assertThat(ExceptionText.escape("abcdefghij", 8)).isEqualTo("abcde...");
		assertThat(ExceptionText.escape("abcdefgh", 8)).isEqualTo("abcdefgh");
		assertThat(ExceptionText.escape("\n".repeat(10), 8)).isEqualTo("\\n\\n\\...").hasSize(8);
	}

	@Test
	void cutNeverSplitsASurrogatePair() {
		String emoji = "\uD83D\uDE00";
		assertThat(ExceptionText.escape("abcd" + emoji + "xyz", 8)).isEqualTo("abcd...");
	}

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
