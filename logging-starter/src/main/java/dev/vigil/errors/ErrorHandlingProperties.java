package dev.vigil.errors;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;

/**
 * Problem responses, logging of failures, the error registry and its endpoint.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.errors")
public class ErrorHandlingProperties {

	/**
	 * Whether to answer every error with an RFC 9457 problem response, log each failure once
	 * and keep the error registry.
	 */
	private boolean enabled = true;

	/**
	 * Whether error responses carry the exception's class name ('exception') and message
	 * ('message'). Messages can reveal internals: keep this off in production.
	 */
	private boolean includeExceptionMessage = false;

	/**
	 * Whether error responses carry the exception's stack trace ('trace', at most 50 frames
	 * and 8KB). Keep this off in production.
	 */
	private boolean includeStackTrace = false;

	/**
	 * Level at which a 4xx response other than 404 is logged, without stack trace.
	 */
	private LogLevel clientErrorLevel = LogLevel.WARN;

	/**
	 * Level at which a 404 response is logged, low by default so that scanners and bots do not
	 * flood the logs.
	 */
	private LogLevel notFoundLevel = LogLevel.DEBUG;

	/**
	 * Number of error groups (distinct fingerprints) the error registry keeps; the least
	 * recently seen group is evicted first.
	 */
	private int recentCapacity = 100;

	/**
	 * Base URI of the problem 'type' member, resolved against a slug of the status's reason
	 * phrase: 'https://example.com/problems/' gives 'https://example.com/problems/not-found'.
	 * When unset, 'type' is left out, which RFC 9457 reads as 'about:blank', the type of plain
	 * HTTP statuses.
	 * Types set by the application (ErrorResponse, ProblemDetail) are kept.
	 */
	private @Nullable URI typeBaseUri;

	/**
	 * Response status of further exceptions, by fully qualified class name; subclasses and
	 * wrapped causes match too. For example
	 * 'vigil.errors.statuses.com.example.OrderConflictException=409'.
	 */
	private Map<String, Integer> statuses = new LinkedHashMap<>();

	private final Metrics metrics = new Metrics();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isIncludeExceptionMessage() {
		return this.includeExceptionMessage;
	}

	public void setIncludeExceptionMessage(boolean includeExceptionMessage) {
		this.includeExceptionMessage = includeExceptionMessage;
	}

	public boolean isIncludeStackTrace() {
		return this.includeStackTrace;
	}

	public void setIncludeStackTrace(boolean includeStackTrace) {
		this.includeStackTrace = includeStackTrace;
	}

	public LogLevel getClientErrorLevel() {
		return this.clientErrorLevel;
	}

	public void setClientErrorLevel(LogLevel clientErrorLevel) {
		this.clientErrorLevel = clientErrorLevel;
	}

	public LogLevel getNotFoundLevel() {
		return this.notFoundLevel;
	}

	public void setNotFoundLevel(LogLevel notFoundLevel) {
		this.notFoundLevel = notFoundLevel;
	}

	public int getRecentCapacity() {
		return this.recentCapacity;
	}

	public void setRecentCapacity(int recentCapacity) {
		this.recentCapacity = recentCapacity;
	}

	public @Nullable URI getTypeBaseUri() {
		return this.typeBaseUri;
	}

	public void setTypeBaseUri(@Nullable URI typeBaseUri) {
		this.typeBaseUri = typeBaseUri;
	}

	public Map<String, Integer> getStatuses() {
		return this.statuses;
	}

	public void setStatuses(Map<String, Integer> statuses) {
		this.statuses = statuses;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	/**
	 * The {@code vigil.errors} metric.
	 */
	public static class Metrics {

		/**
		 * Number of distinct fingerprints the 'vigil.errors' metric tags series with; errors of
		 * further fingerprints are counted under the fingerprint 'other'.
		 */
		private int maxFingerprints = 100;

		public int getMaxFingerprints() {
			return this.maxFingerprints;
		}

		public void setMaxFingerprints(int maxFingerprints) {
			this.maxFingerprints = maxFingerprints;
		}

	}

}
