package dev.vigil.requests;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Writes a URL-encoded query string or form body with the values of secret parameters
 * replaced by {@code ***}. Parameter names are decoded before they are compared, so that
 * {@code pass%77ord} is recognised too; everything else is copied as the client sent it.
 */
final class QueryMasker {

	private final SecretNames secrets;

	QueryMasker(SecretNames secrets) {
		this.secrets = secrets;
	}

	/**
	 * The query with secret values masked; the same instance when there is nothing to mask.
	 * @param query the raw query string
	 * @return the masked query, not yet escaped
	 */
	String mask(String query) {
		if (this.secrets.isEmpty()) {
			return query;
		}
		@Nullable StringBuilder masked = null;
		int start = 0;
		while (start < query.length()) {
			int end = query.indexOf('&', start);
			if (end < 0) {
				end = query.length();
			}
			int equals = query.indexOf('=', start);
			if (equals >= 0 && equals < end && isSecret(query, start, equals)) {
				if (masked == null) {
					masked = new StringBuilder(query.length()).append(query, 0, start);
				}
				masked.append(query, start, equals + 1).append(SecretNames.MASK);
			}
			else if (masked != null) {
				masked.append(query, start, end);
			}
			if (masked != null && end < query.length()) {
				masked.append('&');
			}
			start = end + 1;
		}
		return (masked != null) ? masked.toString() : query;
	}

	private boolean isSecret(String query, int start, int end) {
		String name = query.substring(start, end);
		if (name.indexOf('%') >= 0 || name.indexOf('+') >= 0) {
			try {
				name = URLDecoder.decode(name, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// A malformed escape: compare the name as sent
			}
		}
		return this.secrets.contains(name);
	}

}
