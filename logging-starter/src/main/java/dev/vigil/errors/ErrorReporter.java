package dev.vigil.errors;

import dev.vigil.ErrorFingerprint;
import dev.vigil.ErrorId;
import dev.vigil.LogLevels;
import dev.vigil.VigilMdc;
import dev.vigil.requests.RequestLogFilter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/**
 * Reports each failure once: one log entry (ERROR with the stack trace for 5xx, a configurable
 * level without it for 4xx). The ERROR entry reaches the registry and the metric through the
 * {@link ErrorEventAppender}, with the request it failed; an error response logged below ERROR
 * is counted here, tagged with the same fingerprint as an ERROR event of the same exception.
 */
final class ErrorReporter {

	static final String LOGGER_NAME = "dev.vigil.errors";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	private final @Nullable Level clientErrorLevel;

	private final @Nullable Level notFoundLevel;

	private final Object application;

	private final ErrorFingerprint fingerprint;

	private final @Nullable ErrorCounter counter;

	/**
	 * Creates the reporter of an application's failed requests.
	 * @param application the application: the bean factory of its context, as given to its
	 * {@link ErrorEventAppender}
	 * @param properties the error handling properties
	 * @param fingerprint groups occurrences of the same failure
	 * @param counter counts error responses not logged at ERROR, if there is a metric
	 */
	ErrorReporter(Object application, ErrorHandlingProperties properties, ErrorFingerprint fingerprint,
			@Nullable ErrorCounter counter) {
		this.application = application;
		this.clientErrorLevel = LogLevels.slf4j(properties.getClientErrorLevel());
		this.notFoundLevel = LogLevels.slf4j(properties.getNotFoundLevel());
		this.fingerprint = fingerprint;
		this.counter = counter;
	}

	/**
	 * Reports an error response.
	 * @param exception the exception, if any
	 * @param status the response status
	 * @param errorId the error id sent to the client
	 * @param request the request
	 */
	void report(@Nullable Throwable exception, int status, String errorId, HttpServletRequest request) {
		ErrorEvent.Request failed = new ErrorEvent.Request(ExceptionText.escape(request.getMethod(), 64),
				loggedPath(request), status, requestId(request), errorId);
		if (status >= 500) {
			HttpFailures.logging(this.application, failed,
					() -> logServerError(exception, status, errorId, request));
			return;
		}
		Level level = (status == 404) ? this.notFoundLevel : this.clientErrorLevel;
		boolean errorEvent = level == Level.ERROR && logger.isErrorEnabled();
		HttpFailures.logging(this.application, failed,
				() -> logClientError(level, exception, status, errorId, request));
		if (this.counter != null && !errorEvent) {
			this.counter.increment((exception != null) ? exception.getClass().getSimpleName() : "None",
					(exception != null) ? this.fingerprint.of(exception) : ErrorCounter.NO_FINGERPRINT,
					Integer.toString(status));
		}
	}

	/**
	 * Reports a failure of a request that is no longer known, such as an asynchronous request
	 * that the servlet container completed elsewhere.
	 * @param exception the exception
	 * @param errorId the error id
	 */
	void reportWithoutRequest(Throwable exception, String errorId) {
		HttpFailures.logging(this.application, new ErrorEvent.Request(null, null, 500, null, errorId),
				() -> withErrorId(errorId, () -> logger
					.error("Unhandled exception errorId={} requestId=- (request already completed)", errorId, exception)));
	}

	/**
	 * Reports a client that went away before the response was written: nothing the
	 * application can fix, so neither an error nor an error response.
	 * @param exception the exception signalling the disconnect
	 * @param request the request
	 */
	void reportDisconnectedClient(Throwable exception, HttpServletRequest request) {
		if (logger.isDebugEnabled()) {
			logger.debug("Client disconnected requestId={} {} {}: {}", orDash(requestId(request)), request.getMethod(),
					loggedPath(request), summary(exception));
		}
	}

	private void logServerError(@Nullable Throwable exception, int status, String errorId,
			HttpServletRequest request) {
		String requestId = orDash(requestId(request));
		withErrorId(errorId, () -> {
			if (exception != null) {
				logger.error("Unhandled exception errorId={} requestId={} {} {}", errorId, requestId,
						request.getMethod(), loggedPath(request), exception);
			}
			else {
				logger.error("Server error {} errorId={} requestId={} {} {}", status, errorId, requestId,
						request.getMethod(), loggedPath(request));
			}
		});
	}

	private void logClientError(@Nullable Level level, @Nullable Throwable exception, int status, String errorId,
			HttpServletRequest request) {
		if (level == null || !logger.isEnabledForLevel(level)) {
			return;
		}
		String requestId = orDash(requestId(request));
		withErrorId(errorId,
				() -> logger.atLevel(level)
					.log("Client error {} errorId={} requestId={} {} {}: {}", status, errorId, requestId,
							request.getMethod(), loggedPath(request),
							(exception != null) ? ClientErrorText.summary(exception) : "-"));
	}

	// Appenders (structured formats, e-mail alerts) read the error id from the MDC.
	private static void withErrorId(String errorId, Runnable log) {
		String previous = MDC.get(VigilMdc.ERROR_ID);
		MDC.put(VigilMdc.ERROR_ID, errorId);
		try {
			log.run();
		}
		finally {
			if (previous != null) {
				MDC.put(VigilMdc.ERROR_ID, previous);
			}
			else {
				MDC.remove(VigilMdc.ERROR_ID);
			}
		}
	}

	private static String summary(Throwable exception) {
		String message = ExceptionText.message(exception);
		return exception.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private static String orDash(@Nullable String value) {
		return (value != null) ? value : "-";
	}

	/**
	 * The request id: from the MDC (set by the request-logging filter), else from the request
	 * attribute {@value RequestLogFilter#REQUEST_ID_ATTRIBUTE}.
	 * @param request the request
	 * @return the request id or {@code null}
	 */
	static @Nullable String requestId(HttpServletRequest request) {
		String requestId = MDC.get(VigilMdc.REQUEST_ID);
		if (requestId == null && request.getAttribute(RequestLogFilter.REQUEST_ID_ATTRIBUTE) instanceof String attribute) {
			requestId = attribute;
		}
		return requestId;
	}

	/**
	 * The path the client asked for, also while Spring Boot's error page is being rendered.
	 * @param request the request
	 * @return the path, control characters escaped
	 */
	static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		return ExceptionText.escape(path, 2048);
	}

	/**
	 * The path for the log, without path parameters ({@code ;jsessionid=…}, matrix
	 * variables), which may hold secrets: the request line of the same request id shows them
	 * with secret values masked.
	 */
	private static String loggedPath(HttpServletRequest request) {
		String path = path(request);
		int semicolon = path.indexOf(';');
		if (semicolon < 0) {
			return path;
		}
		StringBuilder logged = new StringBuilder(path.length());
		int copied = 0;
		while (semicolon >= 0) {
			logged.append(path, copied, semicolon);
			int slash = path.indexOf('/', semicolon);
			if (slash < 0) {
				return logged.toString();
			}
			copied = slash;
			semicolon = path.indexOf(';', slash);
		}
		return logged.append(path, copied, path.length()).toString();
	}

}
