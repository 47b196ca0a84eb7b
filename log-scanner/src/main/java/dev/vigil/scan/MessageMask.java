package dev.vigil.scan;

import java.util.regex.Pattern;

/**
 * Masks what varies between occurrences of the same message, so that {@code Order 42 failed}
 * and {@code Order 43 failed} fall in one group: UUIDs, hexadecimal ids and numbers.
 */
final class MessageMask {

	private static final Pattern VARIABLE = Pattern.compile(
			"(\\b\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\b)"
					+ "|(\\b(?=\\p{XDigit}*\\d)(?=\\p{XDigit}*[a-fA-F])\\p{XDigit}{6,}\\b)" + "|(\\d+)");

	private MessageMask() {
	}

	static String mask(String message) {
		return VARIABLE.matcher(message).replaceAll((match) -> (match.group(1) != null) ? "<uuid>"
				: (match.group(2) != null) ? "<hex>" : "<num>");
	}

}
