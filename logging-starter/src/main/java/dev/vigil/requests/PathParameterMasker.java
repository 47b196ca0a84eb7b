package dev.vigil.requests;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Writes a request path with the values of secret path parameters replaced by {@code ***}:
 * those after a {@code ;} in a segment, such as {@code /cart;jsessionid=…} or Spring's matrix
 * variables {@code /orders;token=…;page=2}. Names are decoded before they are compared;
 * everything else is copied as the client sent it.
 */
final class PathParameterMasker {

	private final SecretNames secrets;

	PathParameterMasker(SecretNames secrets) {
		this.secrets = secrets;
	}

	/**
	 * The path with secret parameter values masked; the same instance when there is nothing
	 * to mask.
	 * @param path the raw request path
	 * @return the masked path, not yet escaped
	 */
	String mask(String path) {
		int semicolon = path.indexOf(';');
		if (semicolon == -1 || this.secrets.isEmpty()) {
			return path;
		}
		@Nullable StringBuilder masked = null;
		// how much of the path is in masked already
		int copied = 0;
		while (semicolon != -1) {
			int start = semicolon + 1;
			int end = endOfParameter(path, start);
			String parameter = path.substring(start, end);
			int equals = parameter.indexOf('=');
			if (equals != -1 && isSecret(parameter.substring(0, equals))) {
				if (masked == null) {
					masked = new StringBuilder(path.length());
				}
				masked.append(path, copied, start + equals + 1).append(SecretNames.MASK);
				copied = end;
			}
			semicolon = path.indexOf(';', end);
		}
		return (masked != null) ? masked.append(path, copied, path.length()).toString() : path;
	}

	private static int endOfParameter(String path, int start) {
		int i = start;
		while (i < path.length() && path.charAt(i) != ';' && path.charAt(i) != '/') {
			i++;
		}
		return i;
	}

	private boolean isSecret(String name) {
		try {
			return this.secrets.contains(URLDecoder.decode(name, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// A malformed escape: compare the name as sent
			return this.secrets.contains(name);
		}
	}

}
