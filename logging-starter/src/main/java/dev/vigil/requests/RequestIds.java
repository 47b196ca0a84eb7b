package dev.vigil.requests;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Request ids: an incoming id is kept when it is short and made of safe characters
 * ({@code [A-Za-z0-9._:-]{1,64}}), so that ids of an upstream proxy or caller can be
 * followed; otherwise a new one is generated.
 */
final class RequestIds {

	private static final int MAX_LENGTH = 64;

	private RequestIds() {
	}

	static String accept(@Nullable String incoming) {
		return isAcceptable(incoming) ? incoming : next();
	}

	/**
	 * A new id of 16 hexadecimal characters. Uniqueness, not unpredictability, is what a
	 * request id needs, so {@link ThreadLocalRandom} is used instead of a contended
	 * {@code SecureRandom} (which {@code UUID.randomUUID()} would use).
	 * @return the id
	 */
	static String next() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

	static boolean isAcceptable(@Nullable String id) {
		if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '_' || c == ':' || c == '-';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

}
