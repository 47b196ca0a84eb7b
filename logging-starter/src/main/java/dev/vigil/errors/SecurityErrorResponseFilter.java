package dev.vigil.errors;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Answers the error dispatch of a 401 or 403 on Vigil's error path with the same problem
 * response as {@link ProblemErrorController}, before Spring Security's filter chain sees it.
 * <p>
 * Spring Security's entry points and access-denied handlers answer with
 * {@code response.sendError(401)} or {@code sendError(403)}, and the container forwards that to
 * the error path. Spring Security authorizes the error dispatch too: a client without
 * credentials, or without the role that the rules require of every other path, is refused the
 * error page as well, and gets an empty body. What Security decided about the request stays as
 * it is: the status and the headers (such as {@code WWW-Authenticate}) were set before the
 * dispatch. An entry point or handler of the application's own that writes its own body never
 * calls {@code sendError}, so it is not affected.
 */
final class SecurityErrorResponseFilter implements Filter {

	private final ProblemResponses responses;

	private final ProblemJson json;

	private final String errorPath;

	SecurityErrorResponseFilter(ProblemResponses responses, ProblemJson json, String errorPath) {
		this.responses = responses;
		this.json = json;
		this.errorPath = errorPath;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse
				&& isSecurityErrorDispatch(httpRequest)) {
			ResponseEntity<Object> entity = this.responses.respond(null, HttpStatusCode.valueOf(status(httpRequest)),
					null, new HttpHeaders(), httpRequest, httpResponse);
			if (entity != null) {
				this.json.write(httpResponse, entity);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isSecurityErrorDispatch(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR
				|| request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
			return false;
		}
		int status = status(request);
		return (status == 401 || status == 403)
				&& request.getRequestURI().equals(request.getContextPath() + this.errorPath);
	}

	private static int status(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) ? status : 0;
	}

}
