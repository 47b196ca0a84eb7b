package dev.vigil.errors;

import tools.jackson.core.JacksonException;

/**
 * The kind and place of a Jackson failure, without Jackson's message: its class and the path of
 * the property, such as {@code InvalidFormatException at 'items[2].quantity'}. Its own class so
 * that Jackson is loaded only when it is the cause.
 */
final class JsonFailure {

	private JsonFailure() {
	}

	static String describe(Throwable failure) {
		String kind = failure.getClass().getSimpleName();
		if (!(failure instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return kind;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? kind + " at '" + ExceptionText.escape(path.toString(), 200) + "'" : kind;
	}

}
