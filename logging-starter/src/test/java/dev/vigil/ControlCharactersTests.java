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
