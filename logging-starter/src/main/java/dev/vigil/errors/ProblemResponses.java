package dev.vigil.errors;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.vigil.ErrorId;
import dev.vigil.VigilMdc;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Completes a problem response the same way whichever path produced it (the exception
 * handler or the {@code /error} controller): a new error id, the request id, the trace id when
 * a tracing bridge is active, a timestamp, the path as {@code instance}, the generic detail of
 * an unexpected failure, and the exception details only when configured; then reports the
 * failure once.
 */
final class ProblemResponses {

	static final String UNEXPECTED_DETAIL = "An unexpected error occurred";

	private static final URI BLANK_TYPE = URI.create("about:blank");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private final ErrorReporter reporter;

	private final boolean includeExceptionMessage;

	private final boolean includeStackTrace;

	private final @Nullable URI typeBaseUri;

	ProblemResponses(ErrorHandlingProperties properties, ErrorReporter reporter) {
		this.reporter = reporter;
		this.includeExceptionMessage = properties.isIncludeExceptionMessage();
		this.includeStackTrace = properties.isIncludeStackTrace();
		this.typeBaseUri = properties.getTypeBaseUri();
	}

	ErrorReporter reporter() {
		return this.reporter;
	}

	/**
	 * Completes the problem, reports the failure and answers it.
	 * @param exception the exception, if any
	 * @param status the response status
	 * @param body the problem built so far by Spring MVC or the exception, if any
	 * @param headers headers to send, such as {@code Allow} for a 405
	 * @param request the request
	 * @param response the response
	 * @return the response entity, or {@code null} when the response is already committed
	 */
	@Nullable ResponseEntity<Object> respond(@Nullable Throwable exception, HttpStatusCode status,
			@Nullable ProblemDetail body, HttpHeaders headers, HttpServletRequest request,
			@Nullable HttpServletResponse response) {
		String errorId = ErrorId.next();
		ProblemDetail problem = complete((body != null) ? body : ProblemDetail.forStatus(status), exception, status,
				errorId, request);
		this.reporter.report(exception, status.value(), errorId, request);
		if (exception != null && body == null && status.value() == 500) {
			ObservedErrors.record(exception, request);
		}
		if (response != null && response.isCommitted()) {
			// Too late for a body: the failure is logged, which is all that can be done.
			return null;
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private ProblemDetail complete(ProblemDetail problem, @Nullable Throwable exception, HttpStatusCode status,
			String errorId, HttpServletRequest request) {
		if (problem.getStatus() != status.value()) {
			problem.setStatus(status.value());
		}
		if (problem.getTitle() == null && HttpStatus.resolve(status.value()) != null) {
			problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
		}
		if (problem.getDetail() == null && status.is5xxServerError()) {
			problem.setDetail(UNEXPECTED_DETAIL + ". Reference: " + errorId);
		}
		if (this.typeBaseUri != null && (problem.getType() == null || BLANK_TYPE.equals(problem.getType()))) {
			problem.setType(this.typeBaseUri.resolve(slug(status)));
		}
		problem.setInstance(instance(request));
		problem.setProperty("errorId", errorId);
		String requestId = ErrorReporter.requestId(request);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		String traceId = MDC.get(VigilMdc.TRACE_ID);
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		problem.setProperty("timestamp", Instant.now().toString());
		if (exception != null && this.includeExceptionMessage) {
			problem.setProperty("exception", exception.getClass().getName());
			problem.setProperty("message", ExceptionText.message(exception));
		}
		if (exception != null && this.includeStackTrace) {
			problem.setProperty("trace", ExceptionText.stackTrace(exception));
		}
		return problem;
	}

	private static String slug(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return Integer.toString(status.value());
		}
		return NOT_SLUG.matcher(known.getReasonPhrase().toLowerCase(Locale.ROOT)).replaceAll("-");
	}

	private static @Nullable URI instance(HttpServletRequest request) {
		try {
			return URI.create(ErrorReporter.path(request));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
