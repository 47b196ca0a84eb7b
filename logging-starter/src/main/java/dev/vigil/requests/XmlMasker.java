package dev.vigil.requests;

/**
 * Writes XML text with the content of every element and the value of every attribute whose
 * name is secret, namespace prefix included, replaced by {@code ***}. A scanner rather than a
 * parser, for the same reason as {@link JsonMasker}: the logged body may be cut anywhere.
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
			if (!selfClosing && this.secrets.contains(name)) {
				out.append(SecretNames.MASK);
				i = endOfContent(xml, name, i);
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
			boolean secret = this.secrets.contains(xml.substring(i, nameEnd));
			i = nameEnd;
			while (i < xml.length() && (Character.isWhitespace(xml.charAt(i)) || xml.charAt(i) == '=')) {
				out.append(xml.charAt(i++));
			}
			if (i < xml.length() && (xml.charAt(i) == '"' || xml.charAt(i) == '\'')) {
				char quote = xml.charAt(i);
				int close = xml.indexOf(quote, i + 1);
				int valueEnd = (close == -1) ? xml.length() : close + 1;
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

	/**
	 * Finds the end tag of the element whose content starts at {@code start}: elements of the
	 * same name inside it, and end tags in comments and CDATA sections, do not end it.
	 * @return the index of the end tag, or the length of the text when there is none
	 */
	private static int endOfContent(String xml, String name, int start) {
		int depth = 0;
		int i = xml.indexOf('<', start);
		while (i != -1) {
			if (xml.startsWith("<!--", i) || xml.startsWith("<![CDATA[", i)) {
				int close = xml.indexOf(xml.startsWith("<!--", i) ? "-->" : "]]>", i);
				if (close == -1) {
					return xml.length();
				}
				i = close;
			}
			else if (xml.startsWith("</", i) && isTag(xml, i + 2, name)) {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
			else if (isTag(xml, i + 1, name) && !isSelfClosing(xml, i)) {
				depth++;
			}
			i = xml.indexOf('<', i + 1);
		}
		return xml.length();
	}

	/** Whether the name at {@code start} is {@code name}, not just starts with it. */
	private static boolean isTag(String xml, int start, String name) {
		int end = start + name.length();
		return xml.startsWith(name, start) && (end == xml.length() || !isNamePart(xml.charAt(end)));
	}

	// A '>' inside an attribute value makes a tag count as open: more is masked, never less
	private static boolean isSelfClosing(String xml, int start) {
		return xml.startsWith("/>", xml.indexOf('>', start) - 1);
	}

	private static int endOfName(String xml, int start) {
		int i = start;
		while (i < xml.length() && isNamePart(xml.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isNameStart(char c) {
		return Character.isLetter(c) || c == '_' || c == ':';
	}

	private static boolean isNamePart(char c) {
		return isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.';
	}

}
