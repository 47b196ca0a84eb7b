package dev.vigil.requests;

import java.time.Duration;
import java.util.Enumeration;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

import dev.vigil.ControlCharacters;
import dev.vigil.LogLevels;
import dev.vigil.LogbackAppenders;
import dev.vigil.VigilMdc;

/**
 * Writes the one line of a completed request at the level its status and duration call for,
 * with the message and the SLF4J key-value pairs of the {@link RequestLineFormatter} (the
 * request id and the trace id come from the MDC, which holds them while the line is written).
 * Everything taken from the request is masked by the {@link RequestMasker} and escaped.
 */
final class RequestLineLogger {

	/**
	 * The logger of request lines and of unhandled exceptions, named after the feature so that
	 * {@code logging.level.dev.vigil.requests} tunes it.
	 */
	static final Logger logger = LoggerFactory.getLogger(LogbackAppenders.REQUEST_LINES_LOGGER);

	private final boolean includeQuery;

	private final boolean includeHeaders;

	private final long slowThresholdNanos;

	private final Level clientErrorLevel;

	private final RequestMasker masker;

	private final RequestLineFormatter formatter;

	private final @Nullable RequestBodies bodies;

	private final SlowRequestCounter slowRequests;

	private final boolean keyValuePairs;

	RequestLineLogger(RequestLogProperties properties, RequestMasker masker, @Nullable RequestBodies bodies,
			SlowRequestCounter slowRequests) {
		this(properties, masker, RequestLineFormatter.standard(), bodies, slowRequests, true);
	}

	/**
	 * @param keyValuePairs whether to attach the values as key-value pairs too: worth the
	 * allocations only where a structured format or an unknown appender can see the line
	 */
	RequestLineLogger(RequestLogProperties properties, RequestMasker masker, RequestLineFormatter formatter,
			@Nullable RequestBodies bodies, SlowRequestCounter slowRequests, boolean keyValuePairs) {
		this.keyValuePairs = keyValuePairs;
		this.includeQuery = properties.isIncludeQuery();
		this.includeHeaders = properties.isIncludeHeaders();
		this.slowThresholdNanos = properties.getSlowThreshold().toNanos();
		this.clientErrorLevel = Objects.requireNonNull(LogLevels.slf4j(properties.getClientErrorLevel()));
		this.masker = masker;
		this.formatter = formatter;
		this.bodies = bodies;
		this.slowRequests = slowRequests;
	}

	void log(HttpServletRequest request, HttpServletResponse response, long startNanos, String requestId) {
		log(request, response, startNanos, requestId, null);
	}

	/**
	 * @param incomingId the incoming request id kept beside the request's own, if any
	 */
	void log(HttpServletRequest request, HttpServletResponse response, long startNanos, String requestId,
			@Nullable String incomingId) {
		try {
			write(request, response, startNanos, requestId, incomingId);
		}
		catch (RuntimeException ex) {
			// a request must never fail because its line could not be written
			logger.warn("Could not log request requestId={}", requestId, ex);
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, long startNanos, String requestId,
			@Nullable String incomingId) {
		long elapsedNanos = System.nanoTime() - startNanos;
		int status = response.getStatus();
		boolean slow = elapsedNanos > this.slowThresholdNanos;
		if (slow) {
			// counted even when the level keeps the line out of the log
			this.slowRequests.increment();
		}
		Level level = level(status, slow);
		if (!logger.isEnabledForLevel(level)) {
			return;
		}
		String method = ControlCharacters.escape(request.getMethod());
		String path = ControlCharacters.escape(this.masker.maskPath(request.getRequestURI()));
		String query = this.includeQuery ? query(request) : null;
		String client = ControlCharacters.escape(String.valueOf(request.getRemoteAddr()));
		String headers = this.includeHeaders ? headers(request) : null;
		String body = (this.bodies != null) ? this.bodies.render(request) : null;
		String traceId = MDC.get(VigilMdc.TRACE_ID);
		LoggedRequest completed = new LoggedRequest(method, path, query, status, Duration.ofNanos(elapsedNanos),
				client, requestId, incomingId, slow, headers, (body != null) ? ControlCharacters.escape(body) : null,
				(traceId != null) ? ControlCharacters.escape(traceId) : null);
		// escaped again in case a formatter of the application adds text of its own
		String message = ControlCharacters.escape(this.formatter.message(completed));
		if (this.keyValuePairs) {
			LoggingEventBuilder event = logger.atLevel(level);
			this.formatter.keyValues(completed).forEach(event::addKeyValue);
			event.log(message);
		}
		else {
			logPlain(level, message);
		}
	}

	private static void logPlain(Level level, String line) {
		switch (level) {
			case ERROR -> logger.error(line);
			case WARN -> logger.warn(line);
			case INFO -> logger.info(line);
			case DEBUG -> logger.debug(line);
			case TRACE -> logger.trace(line);
		}
	}

	private Level level(int status, boolean slow) {
		Level level = (status >= 500) ? Level.WARN : (status >= 400) ? this.clientErrorLevel : Level.INFO;
		return (slow && level.toInt() < Level.WARN.toInt()) ? Level.WARN : level;
	}

	private @Nullable String query(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? ControlCharacters.escape(this.masker.maskQuery(query)) : null;
	}

	private String headers(HttpServletRequest request) {
		StringBuilder headers = new StringBuilder(256).append('{');
		Enumeration<String> names = request.getHeaderNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			if (headers.length() > 1) {
				headers.append(", ");
			}
			ControlCharacters.append(headers, name);
			headers.append('=');
			if (this.masker.isSecretHeader(name)) {
				headers.append(SecretNames.MASK);
				continue;
			}
			Enumeration<String> values = request.getHeaders(name);
			boolean first = true;
			while (values.hasMoreElements()) {
				if (!first) {
					headers.append(", ");
				}
				ControlCharacters.append(headers, values.nextElement());
				first = false;
			}
		}
		return headers.append('}').toString();
	}

}
