package dev.vigil.requests;

/**
 * Writes XML text with the content of every element and the value of every attribute whose
 * local name is secret replaced by {@code ***}. A scanner rather than a parser, for the same
 * reason as {@link JsonMasker}: the logged body may be cut anywhere.
 */
final class XmlMasker {

	private final SecretNames secrets;

	XmlMasker(SecretNames secrets) {
		this.secrets = secrets;
	}

	String mask(String xml) {
		if (this.secrets.isEmpty() || xml.indexOf('<') < 0) {
			return xml;
		}
		StringBuilder out = new StringBuilder(xml.length());
		int i = 0;
		while (i < xml.length()) {
			char c = xml.charAt(i);
			if (c != '<' || i + 1 >= xml.length() || !isNameStart(xml.charAt(i + 1))) {
				// text, closing tags, comments, processing instructions and CDATA are copied
				out.append(c);
				i++;
				continue;
			}
			int nameEnd = endOfName(xml, i + 1);
			String name = xml.substring(i + 1, nameEnd);
			out.append('<').append(name);
			int tagEnd = appendAttributes(out, xml, nameEnd);
			if (tagEnd >= xml.length()) {
				return out.toString();
			}
			out.append('>');
			i = tagEnd + 1;
			boolean selfClosing = xml.charAt(tagEnd - 1) == '/';
			if (!selfClosing && this.secrets.contains(localName(name))) {
				out.append(SecretNames.MASK);
				int close = xml.indexOf("</" + name, i);
				i = (close < 0) ? xml.length() : close;
			}
		}
		return out.toString();
	}

	/**
	 * Copies the attributes of a start tag, masking secret ones.
	 * @return the index of the closing {@code >}, or the length of the text when it is cut
	 */
	private int appendAttributes(StringBuilder out, String xml, int start) {
		int i = start;
		while (i < xml.length()) {
			char c = xml.charAt(i);
			if (c == '>') {
				return i;
			}
			if (!isNameStart(c)) {
				out.append(c);
				i++;
				continue;
			}
			int nameEnd = endOfName(xml, i);
			out.append(xml, i, nameEnd);
			boolean secret = this.secrets.contains(localName(xml.substring(i, nameEnd)));
			i = nameEnd;
			while (i < xml.length() && (Character.isWhitespace(xml.charAt(i)) || xml.charAt(i) == '=')) {
				out.append(xml.charAt(i++));
			}
			if (i < xml.length() && (xml.charAt(i) == '"' || xml.charAt(i) == '\'')) {
				char quote = xml.charAt(i);
				int close = xml.indexOf(quote, i + 1);
				int valueEnd = (close < 0) ? xml.length() : close + 1;
				if (secret) {
					out.append(quote).append(SecretNames.MASK).append(quote);
				}
				else {
					out.append(xml, i, valueEnd);
				}
				i = valueEnd;
			}
			else if (secret) {
				// not well-formed, but the value must still not be written
				out.append(SecretNames.MASK);
				while (i < xml.length() && !Character.isWhitespace(xml.charAt(i)) && xml.charAt(i) != '>') {
					i++;
				}
			}
		}
		return xml.length();
	}

	private static int endOfName(String xml, int start) {
		int i = start;
		while (i < xml.length() && isNamePart(xml.charAt(i))) {
			i++;
		}
		return i;
	}

	private static String localName(String name) {
		int colon = name.indexOf(':');
		return (colon < 0) ? name : name.substring(colon + 1);
	}

	private static boolean isNameStart(char c) {
		return Character.isLetter(c) || c == '_' || c == ':';
	}

	private static boolean isNamePart(char c) {
		return isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.';
	}

}
