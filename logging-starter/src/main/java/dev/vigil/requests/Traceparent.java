package dev.vigil.requests;

import org.jspecify.annotations.Nullable;

/**
 * Reads the trace id out of a W3C Trace Context {@code traceparent} header
 * ({@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}) for
 * {@code vigil.requests.request-id-source=traceparent}, as the specification tells a receiver to
 * parse it: a header that does not parse gives no id at all, never a part of itself.
 */
final class Traceparent {

	static final String HEADER = "traceparent";

	// version (2) - trace-id (32) - parent-id (16) - flags (2)
	private static final int LENGTH = 55;

	private Traceparent() {
	}

	/**
	 * The trace id of a header.
	 * @param header the header's value
	 * @return the 32 lowercase hexadecimal characters of the trace id, or {@code null} when the
	 * header is missing or invalid
	 */
	static @Nullable String traceId(@Nullable String header) {
		if (header == null || header.length() < LENGTH || header.charAt(2) != '-' || header.charAt(35) != '-'
				|| header.charAt(52) != '-') {
			return null;
		}
		String version = header.substring(0, 2);
		if (!isHex(version) || version.equals("ff")) {
			return null;
		}
		// version 00 has exactly these fields; a later version may append its own after a dash
		if (header.length() > LENGTH && (version.equals("00") || header.charAt(LENGTH) != '-')) {
			return null;
		}
		String traceId = header.substring(3, 35);
		String parentId = header.substring(36, 52);
		if (!isHex(traceId) || isZero(traceId) || !isHex(parentId) || isZero(parentId)
				|| !isHex(header.substring(53, LENGTH))) {
			return null;
		}
		return traceId;
	}

	private static boolean isHex(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isZero(String hex) {
		for (int i = 0; i < hex.length(); i++) {
			if (hex.charAt(i) != '0') {
				return false;
			}
		}
		return true;
	}

}
