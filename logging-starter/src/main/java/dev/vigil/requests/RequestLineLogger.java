package dev.vigil.requests;

import java.util.Enumeration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

import dev.vigil.ControlCharacters;
import dev.vigil.LogLevels;

/**
 * Writes the one line of a completed request, such as
 * {@code GET /hello?name=ann -> 200 in 3 ms client=127.0.0.1 requestId=4f1c9a0b7d2e3f61}, with
 * the same values as SLF4J key-value pairs for structured output (the request id comes from
 * the MDC, which holds it while the line is written). Everything taken from the request is
 * masked and escaped.
 */
final class RequestLineLogger {

	/**
	 * The logger of request lines and of unhandled exceptions, named after the feature so that
	 * {@code logging.level.dev.vigil.requests} tunes it.
	 */
	static final Logger logger = LoggerFactory.getLogger("dev.vigil.requests");

	private final boolean includeQuery;

	private final boolean includeHeaders;

	private final long slowThresholdNanos;

	private final Level clientErrorLevel;

	private final SecretNames secrets;

	private final QueryMasker queries;

	private final PathParameterMasker paths;

	private final @Nullable RequestBodies bodies;

	private final SlowRequestCounter slowRequests;

	private final boolean keyValuePairs;

	RequestLineLogger(RequestLogProperties properties, SecretNames secrets, @Nullable RequestBodies bodies,
			SlowRequestCounter slowRequests) {
		this(properties, secrets, bodies, slowRequests, true);
	}

	/**
	 * @param keyValuePairs whether to attach the values as key-value pairs too: worth the
	 * allocations only where a structured format or an unknown appender can see the line
	 */
	RequestLineLogger(RequestLogProperties properties, SecretNames secrets, @Nullable RequestBodies bodies,
			SlowRequestCounter slowRequests, boolean keyValuePairs) {
		this.keyValuePairs = keyValuePairs;
		this.includeQuery = properties.isIncludeQuery();
		this.includeHeaders = properties.isIncludeHeaders();
		this.slowThresholdNanos = properties.getSlowThreshold().toNanos();
		this.clientErrorLevel = Objects.requireNonNull(LogLevels.slf4j(properties.getClientErrorLevel()));
		this.secrets = secrets;
		this.queries = new QueryMasker(secrets);
		this.paths = new PathParameterMasker(secrets);
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
		String path = ControlCharacters.escape(this.paths.mask(request.getRequestURI()));
		String query = this.includeQuery ? query(request) : null;
		String client = ControlCharacters.escape(String.valueOf(request.getRemoteAddr()));
		long durationMs = TimeUnit.NANOSECONDS.toMillis(elapsedNanos);
		StringBuilder line = new StringBuilder(128).append(method).append(' ').append(path);
		if (query != null) {
			line.append('?').append(query);
		}
		line.append(" -> ").append(status).append(" in ").append(durationMs).append(" ms client=").append(client)
			.append(" requestId=").append(requestId);
		if (incomingId != null) {
			// like the request id, a pair only through the MDC
			line.append(" incomingRequestId=").append(incomingId);
		}
		LoggingEventBuilder event = null;
		if (this.keyValuePairs) {
			// ECS names (the Logstash and GELF files keep their own, see dev.vigil.file)
			event = logger.atLevel(level)
				.addKeyValue("http.request.method", method)
				.addKeyValue("url.path", path)
				.addKeyValue("http.response.status_code", status)
				.addKeyValue("event.duration", elapsedNanos)
				.addKeyValue("client.address", client);
			// requestId is not repeated as a pair: it is in the MDC, and Spring Boot's structured
			// formats fail on a name written twice
			if (query != null) {
				event.addKeyValue("url.query", query);
			}
		}
		if (slow) {
			line.append(" slow=true");
			if (event != null) {
				event.addKeyValue("labels.slow", true);
			}
		}
		if (this.includeHeaders) {
			String headers = headers(request);
			line.append(" headers=").append(headers);
			if (event != null) {
				event.addKeyValue("labels.request_headers", headers);
			}
		}
		String body = (this.bodies != null) ? this.bodies.render(request) : null;
		if (body != null) {
			String escaped = ControlCharacters.escape(body);
			line.append(" body=").append(escaped);
			if (event != null) {
				event.addKeyValue("http.request.body.content", escaped);
			}
		}
		if (event != null) {
			event.log(line.toString());
		}
		else {
			logPlain(level, line.toString());
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
		return (query != null) ? ControlCharacters.escape(this.queries.mask(query)) : null;
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
			if (this.secrets.contains(name)) {
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
