package dev.vigil.errors;

import org.jspecify.annotations.Nullable;

/**
 * The failed request whose one log entry is being written on this thread, and the application
 * it failed in, so that the {@link ErrorEventAppender} can tell the registry where the error
 * came from, and the appenders of other applications in the same JVM can leave it alone. A
 * thread-local rather than MDC entries or key-value pairs: those would change what every log
 * file shows.
 */
final class HttpFailures {

	private static final ThreadLocal<@Nullable Failure> current = new ThreadLocal<>();

	private HttpFailures() {
	}

	/**
	 * Runs the logging of a failed request.
	 * @param application the application the request failed in: the bean factory of its context
	 * @param request the failed request
	 * @param log writes its log entry
	 */
	static void logging(Object application, ErrorEvent.Request request, Runnable log) {
		Failure previous = current.get();
		current.set(new Failure(application, request));
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

	static @Nullable Failure current() {
		return current.get();
	}

	record Failure(Object application, ErrorEvent.Request request) {

	}

}
