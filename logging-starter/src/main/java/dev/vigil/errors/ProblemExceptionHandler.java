package dev.vigil.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers every exception that reaches Spring MVC with an RFC 9457 problem response
 * ({@code application/problem+json}): Spring MVC's own exceptions with their usual status,
 * any other exception by {@code vigil.errors.statuses}, {@link ErrorResponse},
 * {@link org.springframework.web.bind.annotation.ResponseStatus @ResponseStatus}, else 500.
 * Each response carries an {@code errorId}, the {@code requestId} and a {@code timestamp};
 * each failure is logged once.
 * <p>
 * Ordered last, so the application's own {@code @ControllerAdvice} classes handle what they
 * declare first.
 *
 * @author Vigil
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler implements Ordered {

	private final ProblemResponses responses;

	private final ExceptionStatuses statuses;

	ProblemExceptionHandler(ProblemResponses responses, ExceptionStatuses statuses) {
		this.responses = responses;
		this.statuses = statuses;
	}

	/**
	 * Handles any exception that is not one of Spring MVC's own.
	 * @param exception the exception
	 * @param request the request
	 * @return the problem response, or {@code null} when the client went away or the
	 * response is already committed
	 */
	@ExceptionHandler(Exception.class)
	public @Nullable ResponseEntity<Object> handleAnyException(Exception exception, NativeWebRequest request) {
		HttpServletRequest servletRequest = servletRequest(request);
		if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
			this.responses.reporter().reportDisconnectedClient(exception, servletRequest);
			return null;
		}
		ExceptionStatuses.Mapping mapping = this.statuses.map(exception);
		return this.responses.respond(exception, mapping.status(), mapping.body(getMessageSource()),
				mapping.headers(), servletRequest, request.getNativeResponse(HttpServletResponse.class));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
			HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		// The superclass also warns through the "PageNotFound" logger: one entry per failure.
		return handleExceptionInternal(ex, null, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ex.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		body.setProperty("errors",
				ValidationErrors.of(ex.getBindingResult(), getMessageSource(), LocaleContextHolder.getLocale()));
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ex.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		body.setProperty("errors", ValidationErrors.of(ex, getMessageSource(), LocaleContextHolder.getLocale()));
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleAsyncRequestNotUsableException(AsyncRequestNotUsableException ex,
			WebRequest request) {
		this.responses.reporter().reportDisconnectedClient(ex, servletRequest(request));
		return null;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = servletRequest(request);
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			this.responses.reporter().reportDisconnectedClient(ex, servletRequest);
			return null;
		}
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : null;
		if (problem == null && ex instanceof ErrorResponse errorResponse) {
			problem = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		String detail = ClientErrorText.detail(ex);
		if (detail != null && statusCode.is4xxClientError()) {
			if (problem == null) {
				problem = ProblemDetail.forStatus(statusCode);
			}
			problem.setDetail(detail);
		}
		return this.responses.respond(ex, statusCode, problem, headers, servletRequest,
				((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class));
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (servletRequest == null) {
			throw new IllegalStateException("Not a servlet request: " + request);
		}
		return servletRequest;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
