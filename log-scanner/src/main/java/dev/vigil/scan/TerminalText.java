package dev.vigil.scan;

/**
 * Makes text read from a log file safe to print: a file written by someone else must not
 * drive the terminal of whoever scans it (clear the screen, set the title, hide or overwrite
 * lines) nor start a line of its own. Escapes every control character (C0 but the tab that
 * indents stack frames, DEL, C1 with NEL and the 8-bit CSI), the Unicode line and paragraph
 * separators, the bidirectional controls that reorder what the reader sees, and unpaired
 * surrogates, as {@code \r}, {@code \n} or <code>&#92;u001b</code>.
 */
final class TerminalText {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private TerminalText() {
	}

	/**
	 * The text with everything a terminal would act on escaped; the same instance when there
	 * is nothing to escape.
	 */
	static String escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (needsEscape(text, i) && text.charAt(i) != '\t') {
				StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
				for (int j = i; j < text.length(); j++) {
					char c = text.charAt(j);
					if (c == '\t' || !needsEscape(text, j)) {
						escaped.append(c);
					}
					else {
						appendEscaped(escaped, c);
					}
				}
				return escaped.toString();
			}
		}
		return text;
	}

	/**
	 * Whether the character at an index must not reach a terminal as it is; tab and line feed
	 * included, for the caller to decide.
	 */
	static boolean needsEscape(CharSequence text, int index) {
		char c = text.charAt(index);
		if (c < 0x20) {
			return true;
		}
		if (c < 0x7f) {
			return false;
		}
		if (c <= 0x9f) {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return index + 1 == text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
		}
		return c == '\u2028' || c == '\u2029' || isBidiControl(c);
	}

	/**
	 * Appends {@code \r}, {@code \n} or <code>&#92;u</code> and four hexadecimal digits.
	 */
	static void appendEscaped(StringBuilder out, char c) {
		if (c == '\r') {
			out.append("\\r");
		}
		else if (c == '\n') {
			out.append("\\n");
		}
		else {
			out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
				.append(HEX[c & 0xf]);
		}
	}

	private static boolean isBidiControl(char c) {
		return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
				|| (c >= '\u2066' && c <= '\u2069');
	}

}
