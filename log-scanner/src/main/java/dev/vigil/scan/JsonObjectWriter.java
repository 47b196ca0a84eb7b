package dev.vigil.scan;

import org.jspecify.annotations.Nullable;

/**
 * Writes one flat JSON object on one line, for the scanner's {@code --json} output. Besides
 * what RFC 8259 requires, it escapes everything {@link TerminalText} does (DEL, C1, the
 * Unicode separators, bidirectional controls), so that the output is safe on a terminal and
 * in JavaScript, while a JSON reader still gets every character back.
 */
final class JsonObjectWriter {

	private final StringBuilder json = new StringBuilder(256).append('{');

	JsonObjectWriter add(String name, @Nullable Object value) {
		if (this.json.length() > 1) {
			this.json.append(',');
		}
		quote(name);
		this.json.append(':');
		if (value == null) {
			this.json.append("null");
		}
		else if (value instanceof Number) {
			this.json.append(value);
		}
		else {
			quote(value.toString());
		}
		return this;
	}

	private void quote(String value) {
		this.json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> this.json.append("\\\"");
				case '\\' -> this.json.append("\\\\");
				case '\n' -> this.json.append("\\n");
				case '\r' -> this.json.append("\\r");
				case '\t' -> this.json.append("\\t");
				default -> {
					if (TerminalText.needsEscape(value, i)) {
						TerminalText.appendEscaped(this.json, c);
					}
					else {
						this.json.append(c);
					}
				}
			}
		}
		this.json.append('"');
	}

	@Override
	public String toString() {
		return this.json + "}";
	}

}
