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
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Gives the error dispatch of a 401 or 403 on Vigil's error path the same problem response as
 * {@link ProblemErrorController}, also when Spring Security refuses that dispatch.
 * <p>
 * Spring Security's entry points and access-denied handlers answer with
 * {@code response.sendError(401)} or {@code sendError(403)}, and the container forwards that to
 * the error path. Spring Security authorizes the error dispatch too: a client without
 * credentials, or without the role that the rules require of every other path, is refused the
 * error page as well, with a {@code sendError} that the container answers with an empty body.
 * This filter lets Security decide the error dispatch as it would without Vigil, and only when
 * Security refused it writes the problem body for the status Security chose: the status and the
 * headers (such as {@code WWW-Authenticate}) stay as Security set them. An entry point or
 * handler of the application's own that writes its own body never calls {@code sendError}, so
 * it is not affected.
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
			RefusalRecordingResponse recording = new RefusalRecordingResponse(httpResponse);
			chain.doFilter(request, recording);
			if (recording.refusedStatus != 0 && !httpResponse.isCommitted()) {
				ResponseEntity<Object> entity = this.responses.respond(null,
						HttpStatusCode.valueOf(recording.refusedStatus), null, new HttpHeaders(), httpRequest,
						httpResponse);
				if (entity != null) {
					this.json.write(httpResponse, entity);
				}
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

	/**
	 * Keeps Security's refusal of the error dispatch from reaching the container, which would
	 * answer it with an empty body, and remembers its status.
	 */
	private static final class RefusalRecordingResponse extends HttpServletResponseWrapper {

		private int refusedStatus;

		RefusalRecordingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) {
			sendError(status, null);
		}

		@Override
		public void sendError(int status, @Nullable String message) {
			this.refusedStatus = status;
			setStatus(status);
		}

	}

}
