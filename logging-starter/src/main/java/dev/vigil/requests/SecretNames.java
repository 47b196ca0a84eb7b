package dev.vigil.requests;

import java.util.Collection;

/**
 * The one rule that decides whether a name is secret, for headers, query, form and path
 * parameters, JSON members and XML elements and attributes alike: a name is secret when its
 * normalized form (lower case, letters and digits only) contains one of the configured words,
 * normalized the same way. So {@code password} covers {@code Password}, {@code newPassword},
 * {@code user[password]} and {@code X-Password}, and {@code apikey} covers {@code api-key}
 * and {@code X_API_KEY}.
 * <p>
 * Matching parts of names masks some values that are not secret ({@code auth} masks
 * {@code author} too): a value masked by mistake costs a detail of a log line, a secret missed
 * costs the secret.
 */
final class SecretNames {

	static final String MASK = "***";

	private final String[] words;

	SecretNames(Collection<String> words) {
		this.words = words.stream()
			.map(SecretNames::normalize)
			.filter((word) -> !word.isEmpty())
			.distinct()
			.toArray(String[]::new);
	}

	/**
	 * Whether the name is secret.
	 * @param name a name as the client sent it (decoded where it was encoded)
	 * @return whether its value must not be logged
	 */
	boolean contains(String name) {
		if (this.words.length == 0) {
			return false;
		}
		String normalized = normalize(name);
		for (String word : this.words) {
			if (normalized.contains(word)) {
				return true;
			}
		}
		return false;
	}

	boolean isEmpty() {
		return this.words.length == 0;
	}

	/**
	 * The name in lower case with everything but letters and digits left out.
	 */
	static String normalize(String name) {
		StringBuilder normalized = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				normalized.append(Character.toLowerCase(c));
			}
		}
		return normalized.toString();
	}

}
