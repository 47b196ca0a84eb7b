package dev.vigil.errors;

import org.jspecify.annotations.Nullable;

/**
 * The exception whose servlet container log entry {@link ContainerErrorLogFilter} held back on
 * the current request thread, until the error controller or the end of the request logs it.
 * Kept apart from the filter so that the error controller does not need Logback.
 */
final class HeldContainerErrors {

	private static final ThreadLocal<@Nullable Throwable> held = new ThreadLocal<>();

	private HeldContainerErrors() {
	}

	static void hold(Throwable throwable) {
		held.set(throwable);
	}

	/**
	 * Takes the held exception, if any.
	 * @return the exception that was held or {@code null}
	 */
	static @Nullable Throwable take() {
		Throwable throwable = held.get();
		if (throwable != null) {
			held.remove();
		}
		return throwable;
	}

}
