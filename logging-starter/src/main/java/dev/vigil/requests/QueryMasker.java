package dev.vigil.requests;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
		String[] parameters = query.split("&", -1);
		boolean masked = false;
		for (int i = 0; i < parameters.length; i++) {
			int equals = parameters[i].indexOf('=');
			if (equals != -1 && this.secrets.contains(decoded(parameters[i].substring(0, equals)))) {
				parameters[i] = parameters[i].substring(0, equals + 1) + SecretNames.MASK;
				masked = true;
			}
		}
		return masked ? String.join("&", parameters) : query;
	}

	private static String decoded(String name) {
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A malformed escape: compare the name as sent
			return name;
		}
	}

}
