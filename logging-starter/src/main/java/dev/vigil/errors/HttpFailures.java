package dev.vigil.errors;

import org.jspecify.annotations.Nullable;

/**
 * The failed request whose one log entry is being written on this thread, so that the
 * {@link ErrorEventAppender} can tell the registry where the error came from. A thread-local
 * rather than MDC entries or key-value pairs: those would change what every log file shows.
 */
final class HttpFailures {

	private static final ThreadLocal<ErrorEvent.@Nullable Request> current = new ThreadLocal<>();

	private HttpFailures() {
	}

	static void logging(ErrorEvent.Request request, Runnable log) {
		ErrorEvent.Request previous = current.get();
		current.set(request);
		try {
			log.run();
		}
		finally {
			if (previous != null) {
				current.set(previous);
			}
			else {
				current.remove();
			}
		}
	}

	static ErrorEvent.@Nullable Request current() {
		return current.get();
	}

}
