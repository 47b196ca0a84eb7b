package dev.vigil;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTests {

	@Test
	void escapesLineBreaksAndTabsReadably() {
		assertThat(ControlCharacters.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
	}

	@Test
	void escapesEveryOtherIsoControlCharacterAndTheUnicodeLineSeparators() {
		for (char c = 0; c < 0xffff; c++) {
			boolean mustEscape = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
			String escaped = ControlCharacters.escape("x" + c + "y");
			if (mustEscape) {
				assertThat(escaped).as("U+%04X", (int) c).doesNotContain(String.valueOf(c)).startsWith("x\\");
			}
			else {
				assertThat(escaped).as("U+%04X", (int) c).isEqualTo("x" + c + "y");
			}
		}
		assertThat(ControlCharacters.escape("\u0000\u001b\u007f\u0085\u009f\u2028\u2029"))
			.isEqualTo("\\u0000\\u001b\\u007f\\u0085\\u009f\\u2028\\u2029");
	}

	@Test
	void returnsTheSameInstanceWhenThereIsNothingToEscape() {
		String clean = "GET /hello?name=ann \u00e9\u4e2d";
		assertThat(ControlCharacters.escape(clean)).isSameAs(clean);
	}

	@Test
	void cutsToALengthOnlyWhatIsLonger() {
		String text = "Order 42 not found";
		assertThat(ControlCharacters.escape(text, 100)).isSameAs(text);
		assertThat(ControlCharacters.escape("abcdefgh", 8)).isEqualTo("abcdefgh");
		assertThat(ControlCharacters.escape("a\r\nb\tc\u0000d\u2028e", 100)).isEqualTo("a\\r\\nb\\tc\\u0000d\\u2028e");
	}

	@Test
	void marksTheCutWithinTheLengthAfterEscaping() {
		assertThat(ControlCharacters.escape("abcdefghij", 8)).isEqualTo("abcde...");
		assertThat(ControlCharacters.escape("\n".repeat(10), 8)).isEqualTo("\\n\\n\\...").hasSize(8);
	}

	@Test
	void cutNeverSplitsASurrogatePair() {
		String emoji = "\uD83D\uDE00";
		assertThat(ControlCharacters.escape("abcd" + emoji + "xyz", 8)).isEqualTo("abcd...");
	}

	@Test
	void appendsARangeEscaped() {
		StringBuilder out = new StringBuilder("> ");
		ControlCharacters.append(out, "ab\ncd", 1, 4);
		assertThat(out).hasToString("> b\\nc");
	}

	@Test
	void appendsAWholeTextEscaped() {
		StringBuilder out = new StringBuilder("> ");
		ControlCharacters.append(out, "a\u2028b\u001bc");
		assertThat(out).hasToString("> a\\u2028b\\u001bc");
	}

}
