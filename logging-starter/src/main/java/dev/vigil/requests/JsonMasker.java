package dev.vigil.requests;

/**
 * Writes JSON text with the value of every member whose name is secret replaced by
 * {@code "***"}, at any depth; a secret member holding an object or array is replaced whole.
 * Lenient JSON is read too: names and strings in single quotes, unquoted names, comments (whose
 * text is replaced by {@code ***}, being free text), and JSON held in a string value, which is
 * masked in turn.
 * <p>
 * A scanner rather than a parser: the logged body is cut at {@code max-body-size}, so it is
 * often not valid JSON, and a secret whose value is cut must still not be written.
 */
final class JsonMasker {

	private final SecretNames secrets;

	JsonMasker(SecretNames secrets) {
		this.secrets = secrets;
	}

	String mask(String json) {
		if (this.secrets.isEmpty() || (json.indexOf(':') == -1 && json.indexOf('/') == -1)) {
			return json;
		}
		StringBuilder out = new StringBuilder(json.length());
		int length = json.length();
		// where a member name may start: after '{' or ','
		boolean expectName = false;
		int i = 0;
		while (i < length) {
			char c = json.charAt(i);
			if (isCommentStart(json, i)) {
				i = appendComment(out, json, i);
				continue;
			}
			if (c == '"' || c == '\'') {
				int end = endOfString(json, i);
				int next = skipGap(json, end);
				if (next < length && json.charAt(next) == ':') {
					boolean secret = this.secrets.contains(unescape(json, i + 1, contentEnd(json, i)));
					out.append(json, i, end);
					i = member(out, json, end, next, secret);
				}
				else {
					appendStringValue(out, json, i, end);
					i = end;
				}
				expectName = false;
				continue;
			}
			if (expectName && isNamePart(c)) {
				int end = endOfBareName(json, i);
				int next = skipGap(json, end);
				if (next < length && json.charAt(next) == ':') {
					out.append(json, i, end);
					i = member(out, json, end, next, this.secrets.contains(json.substring(i, end)));
					expectName = false;
					continue;
				}
			}
			if (c == '{' || c == ',') {
				expectName = true;
			}
			else if (!Character.isWhitespace(c)) {
				expectName = false;
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

	/**
	 * Writes what follows a member name up to its value, and the value masked when the name is
	 * secret.
	 * @return where to go on scanning: the value, or after it when it was masked
	 */
	private static int member(StringBuilder out, String json, int nameEnd, int colon, boolean secret) {
		appendGap(out, json, nameEnd, colon);
		out.append(':');
		int value = skipGap(json, colon + 1);
		appendGap(out, json, colon + 1, value);
		if (!secret) {
			return value;
		}
		out.append('"').append(SecretNames.MASK).append('"');
		return endOfValue(json, value);
	}

	/**
	 * Writes a string value, with JSON it holds masked: a client may send a document as the text
	 * of a field.
	 */
	private void appendStringValue(StringBuilder out, String json, int start, int end) {
		int contentEnd = contentEnd(json, start);
		String content = unescape(json, start + 1, contentEnd);
		String trimmed = content.stripLeading();
		if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
			out.append(json, start, end);
			return;
		}
		String masked = mask(content);
		if (masked.equals(content)) {
			out.append(json, start, end);
			return;
		}
		char quote = json.charAt(start);
		out.append(quote);
		escape(out, masked, quote);
		out.append(json, contentEnd, end);
	}

	private static void escape(StringBuilder out, String text, char quote) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == quote) {
				out.append('\\').append(c);
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\t') {
				out.append("\\t");
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
	}

	/**
	 * Index after the closing quote of the string starting at {@code start}, or the length of
	 * the text when it is cut.
	 */
	private static int endOfString(String json, int start) {
		int close = closingQuote(json, start);
		return (close == -1) ? json.length() : close + 1;
	}

	/**
	 * Index of the end of the text of the string starting at {@code start}: its closing quote,
	 * or the length of the text when it is cut.
	 */
	private static int contentEnd(String json, int start) {
		int close = closingQuote(json, start);
		return (close == -1) ? json.length() : close;
	}

	private static int closingQuote(String json, int start) {
		char quote = json.charAt(start);
		int i = start + 1;
		while (i < json.length()) {
			char c = json.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				return i;
			}
			else {
				i++;
			}
		}
		return -1;
	}

	private static int endOfValue(String json, int start) {
		if (start >= json.length()) {
			return start;
		}
		char first = json.charAt(start);
		if (first == '"' || first == '\'') {
			return endOfString(json, start);
		}
		if (first == '{' || first == '[') {
			int depth = 0;
			int i = start;
			while (i < json.length()) {
				char c = json.charAt(i);
				if (c == '"' || c == '\'') {
					i = endOfString(json, i);
					continue;
				}
				if (isCommentStart(json, i)) {
					i = endOfComment(json, i);
					continue;
				}
				if (c == '{' || c == '[') {
					depth++;
				}
				else if ((c == '}' || c == ']') && --depth == 0) {
					return i + 1;
				}
				i++;
			}
			return json.length();
		}
		// a bare value is not valid JSON, but may be sent: up to the end of the member, spaces included
		int i = start;
		while (i < json.length() && ",}]\r\n".indexOf(json.charAt(i)) < 0 && !isCommentStart(json, i)) {
			i++;
		}
		return i;
	}

	/**
	 * Index of the next character that is neither white space nor part of a comment.
	 */
	private static int skipGap(String json, int start) {
		int i = start;
		while (i < json.length()) {
			if (Character.isWhitespace(json.charAt(i))) {
				i++;
			}
			else if (isCommentStart(json, i)) {
				i = endOfComment(json, i);
			}
			else {
				break;
			}
		}
		return i;
	}

	private static void appendGap(StringBuilder out, String json, int start, int end) {
		int i = start;
		while (i < end) {
			if (isCommentStart(json, i)) {
				i = appendComment(out, json, i);
			}
			else {
				out.append(json.charAt(i++));
			}
		}
	}

	private static boolean isCommentStart(String json, int i) {
		return json.charAt(i) == '/' && i + 1 < json.length()
				&& (json.charAt(i + 1) == '/' || json.charAt(i + 1) == '*');
	}

	private static int endOfComment(String json, int start) {
		if (json.charAt(start + 1) == '/') {
			int i = start + 2;
			while (i < json.length() && json.charAt(i) != '\n' && json.charAt(i) != '\r') {
				i++;
			}
			return i;
		}
		int close = json.indexOf("*/", start + 2);
		return (close == -1) ? json.length() : close + 2;
	}

	private static int appendComment(StringBuilder out, String json, int start) {
		out.append((json.charAt(start + 1) == '/') ? "// " + SecretNames.MASK : "/* " + SecretNames.MASK + " */");
		return endOfComment(json, start);
	}

	// any character of a bare name may start one: a client's "1password" or "-token" is a name too
	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-';
	}

	private static int endOfBareName(String json, int start) {
		int i = start;
		while (i < json.length() && isNamePart(json.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * The text between the quotes, with escapes decoded so that an escaped name is recognised
	 * too.
	 */
	private static String unescape(String json, int start, int end) {
		String raw = json.substring(start, end);
		if (raw.indexOf('\\') < 0) {
			return raw;
		}
		StringBuilder text = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '\\' || i + 1 >= raw.length()) {
				text.append(c);
				continue;
			}
			char escaped = raw.charAt(++i);
			if (escaped == 'u' && i + 4 < raw.length()) {
				try {
					text.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
					i += 4;
				}
				catch (NumberFormatException ex) {
					text.append(escaped);
				}
			}
			else {
				text.append(switch (escaped) {
					case 'n' -> '\n';
					case 'r' -> '\r';
					case 't' -> '\t';
					case 'b' -> '\b';
					case 'f' -> '\f';
					default -> escaped;
				});
			}
		}
		return text.toString();
	}

}
