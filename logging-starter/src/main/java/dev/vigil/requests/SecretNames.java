package dev.vigil.requests;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names whose values are never logged, compared case-insensitively.
 */
final class SecretNames {

	static final String MASK = "***";

	private final Set<String> names;

	SecretNames(Collection<String> names) {
		this.names = names.stream()
			.map((name) -> name.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	boolean contains(String name) {
		// toLowerCase returns the same instance when the name is already lower case
		return !this.names.isEmpty() && this.names.contains(name.toLowerCase(Locale.ROOT));
	}

	boolean isEmpty() {
		return this.names.isEmpty();
	}

}
