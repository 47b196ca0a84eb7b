package dev.vigil.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Spring Boot's error path ({@code /error}) answering with the same problem responses as
 * {@link ProblemExceptionHandler}. The servlet container forwards there what never reached
 * Spring MVC's exception handling: {@code response.sendError(...)} from a filter, an exception
 * thrown by a filter.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

	private final ProblemResponses responses;

	private final ExceptionStatuses statuses;

	private final @Nullable MessageSource messageSource;

	ProblemErrorController(ProblemResponses responses, ExceptionStatuses statuses,
			@Nullable MessageSource messageSource) {
		this.responses = responses;
		this.statuses = statuses;
		this.messageSource = messageSource;
	}

	@RequestMapping
	@Nullable ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
		Throwable exception = exception(request);
		// This controller logs the failure, with its error id, in place of the container.
		HeldContainerErrors.take();
		if (exception != null && DisconnectedClientHelper.isClientDisconnectedException(exception)) {
			this.responses.reporter().reportDisconnectedClient(exception, request);
			return null;
		}
		if (exception == null) {
			return this.responses.respond(null, containerStatus(request), null, new HttpHeaders(), request, response);
		}
		ExceptionStatuses.Mapping mapping = this.statuses.map(exception);
		return this.responses.respond(exception, mapping.status(), mapping.body(this.messageSource),
				mapping.headers(), request, response);
	}

	private static HttpStatusCode containerStatus(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			// Asked for directly: there is no error to show.
			return HttpStatus.NOT_FOUND;
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (status instanceof Integer code && code >= 100 && code <= 599) {
			return HttpStatusCode.valueOf(code);
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static @Nullable Throwable exception(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return null;
		}
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Throwable exception = (attribute instanceof Throwable throwable) ? throwable : null;
		// The container wraps checked exceptions of filters; the cause is the failure.
		while (exception instanceof ServletException && exception.getCause() != null) {
			exception = exception.getCause();
		}
		return exception;
	}

}
