package dev.vigil.scan;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object into a flat map: nested objects become dotted names, so that ECS's
 * {@code {"log":{"level":"ERROR"}}} and {@code {"log.level":"ERROR"}} both give
 * {@code log.level}. Numbers and booleans keep their literal text, arrays their JSON text,
 * nulls are left out. Enough for structured log lines, not a general JSON library.
 */
final class FlatJson {

	// Log formats nest a few levels; a line nested deeper is not a log entry, and reading it
	// would overflow the stack.
	static final int MAX_DEPTH = 32;

	private final String text;

	private int pos;

	private final Map<String, String> values = new HashMap<>();

	private FlatJson(String text) {
		this.text = text;
	}

	/**
	 * Reads a line holding one JSON object.
	 * @param line the line
	 * @return its values by dotted name, or {@code null} when the line is not one JSON object
	 */
	static @Nullable Map<String, String> parse(String line) {
		FlatJson json = new FlatJson(line);
		try {
			json.skipSpace();
			json.object("", 1);
			json.skipSpace();
			return (json.pos == line.length()) ? json.values : null;
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	private void object(String prefix, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("Nested too deeply");
		}
		expect('{');
		skipSpace();
		if (peek() == '}') {
			this.pos++;
			return;
		}
		while (true) {
			skipSpace();
			String name = prefix + string();
			skipSpace();
			expect(':');
			skipSpace();
			value(name, depth);
			skipSpace();
			char next = this.text.charAt(this.pos++);
			if (next == '}') {
				return;
			}
			if (next != ',') {
				throw new IllegalArgumentException("Expected , or }");
			}
		}
	}

	private void value(String name, int depth) {
		char c = peek();
		if (c == '{') {
			object(name + ".", depth + 1);
		}
		else if (c == '"') {
			this.values.put(name, string());
		}
		else if (c == '[') {
			int start = this.pos;
			skipArray();
			this.values.put(name, this.text.substring(start, this.pos));
		}
		else {
			int start = this.pos;
			while (this.pos < this.text.length() && ",}] \t".indexOf(this.text.charAt(this.pos)) < 0) {
				this.pos++;
			}
			String literal = this.text.substring(start, this.pos);
			if (literal.isEmpty()) {
				throw new IllegalArgumentException("Expected a value");
			}
			if (!literal.equals("null")) {
				this.values.put(name, literal);
			}
		}
	}

	private void skipArray() {
		expect('[');
		int depth = 1;
		while (depth > 0) {
			char c = this.text.charAt(this.pos);
			if (c == '"') {
				string();
				continue;
			}
			depth += (c == '[') ? 1 : (c == ']') ? -1 : 0;
			this.pos++;
		}
	}

	private String string() {
		expect('"');
		int start = this.pos;
		for (int i = start; i < this.text.length(); i++) {
			char c = this.text.charAt(i);
			if (c == '"') {
				this.pos = i + 1;
				return this.text.substring(start, i);
			}
			if (c == '\\') {
				break;
			}
		}
		StringBuilder result = new StringBuilder();
		while (true) {
			char c = this.text.charAt(this.pos++);
			if (c == '"') {
				return result.toString();
			}
			if (c != '\\') {
				result.append(c);
				continue;
			}
			char escaped = this.text.charAt(this.pos++);
			switch (escaped) {
				case 'n' -> result.append('\n');
				case 't' -> result.append('\t');
				case 'r' -> result.append('\r');
				case 'b' -> result.append('\b');
				case 'f' -> result.append('\f');
				case 'u' -> {
					result.append((char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16));
					this.pos += 4;
				}
				default -> result.append(escaped);
			}
		}
	}

	private char peek() {
		return this.text.charAt(this.pos);
	}

	private void expect(char c) {
		if (this.text.charAt(this.pos++) != c) {
			throw new IllegalArgumentException("Expected " + c);
		}
	}

	private void skipSpace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

}
