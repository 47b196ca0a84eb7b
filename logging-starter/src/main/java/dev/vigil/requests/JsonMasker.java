package dev.vigil.requests;

/**
 * Writes JSON text with the value of every member whose name is secret replaced by
 * {@code "***"}, at any depth; a secret member holding an object or array is replaced whole.
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
		if (this.secrets.isEmpty() || json.indexOf('"') < 0) {
			return json;
		}
		StringBuilder out = new StringBuilder(json.length());
		int length = json.length();
		int i = 0;
		while (i < length) {
			char c = json.charAt(i);
			if (c != '"') {
				out.append(c);
				i++;
				continue;
			}
			int end = endOfString(json, i);
			out.append(json, i, end);
			int colon = skipWhitespace(json, end);
			if (colon < length && json.charAt(colon) == ':' && this.secrets.contains(name(json, i + 1, end - 1))) {
				int value = skipWhitespace(json, colon + 1);
				out.append(json, end, value).append('"').append(SecretNames.MASK).append('"');
				i = endOfValue(json, value);
			}
			else {
				i = end;
			}
		}
		return out.toString();
	}

	/**
	 * Index after the closing quote of the string starting at {@code start}, or the length of
	 * the text when it is cut.
	 */
	private static int endOfString(String json, int start) {
		int i = start + 1;
		while (i < json.length()) {
			char c = json.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == '"') {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return json.length();
	}

	private static int endOfValue(String json, int start) {
		if (start >= json.length()) {
			return start;
		}
		char first = json.charAt(start);
		if (first == '"') {
			return endOfString(json, start);
		}
		if (first == '{' || first == '[') {
			int depth = 0;
			int i = start;
			while (i < json.length()) {
				char c = json.charAt(i);
				if (c == '"') {
					i = endOfString(json, i);
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
		int i = start;
		while (i < json.length() && ",}] \t\r\n".indexOf(json.charAt(i)) < 0) {
			i++;
		}
		return i;
	}

	private static int skipWhitespace(String json, int start) {
		int i = start;
		while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * The member name between the quotes, with JSON escapes decoded so that an escaped name
	 * is recognised too.
	 */
	private static String name(String json, int start, int end) {
		if (end < start) {
			return "";
		}
		String raw = json.substring(start, end);
		if (raw.indexOf('\\') < 0) {
			return raw;
		}
		StringBuilder name = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '\\' || i + 1 >= raw.length()) {
				name.append(c);
				continue;
			}
			char escaped = raw.charAt(++i);
			if (escaped == 'u' && i + 4 < raw.length()) {
				try {
					name.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
					i += 4;
				}
				catch (NumberFormatException ex) {
					name.append(escaped);
				}
			}
			else {
				name.append(escaped);
			}
		}
		return name.toString();
	}

}
