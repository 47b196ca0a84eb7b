package dev.vigil;

/**
 * Escapes the characters that could break a log line or forge a new one: CR, LF, tab, every
 * other ISO control character (C0, DEL and C1, which includes NEL, VT, FF and ESC) and the
 * Unicode line and paragraph separators. The one rule for everything Vigil writes from outside
 * text: what is taken from a request, and the messages, exception messages and key-value pairs
 * of the text log files, so that one entry always stays one entry whatever a client sends.
 *
 * @author Vigil
 */
public final class ControlCharacters {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private static final String ELLIPSIS = "...";

	private ControlCharacters() {
	}

	/**
	 * The text with control characters escaped; the same instance when there is nothing to
	 * escape, so the common case does not allocate.
	 * @param text the text taken from a request
	 * @return the safe text
	 */
	public static String escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (needsEscape(text.charAt(i))) {
				StringBuilder escaped = new StringBuilder(text.length() + 16);
				escaped.append(text, 0, i);
				append(escaped, text, i, text.length());
				return escaped.toString();
			}
		}
		return text;
	}

	/**
	 * The text with control characters escaped and cut to a length, the cut marked with
	 * {@code ...} and never splitting a surrogate pair.
	 * @param text the text
	 * @param maxLength the maximum length of the result
	 * @return the escaped text; the same instance when there is nothing to escape or cut
	 */
	public static String escape(String text, int maxLength) {
		// every character escapes to at least one, so a longer text needs no more than this
		String escaped = escape((text.length() > maxLength) ? text.substring(0, maxLength + 1) : text);
		if (escaped.length() <= maxLength) {
			return escaped;
		}
		int cut = maxLength - ELLIPSIS.length();
		if (Character.isHighSurrogate(escaped.charAt(cut - 1))) {
			cut--;
		}
		return escaped.substring(0, cut) + ELLIPSIS;
	}

	public static void append(StringBuilder out, CharSequence text) {
		append(out, text, 0, text.length());
	}

	public static void append(StringBuilder out, CharSequence text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (!needsEscape(c)) {
				out.append(c);
			}
			else if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\t') {
				out.append("\\t");
			}
			else {
				out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
					.append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
	}

}
