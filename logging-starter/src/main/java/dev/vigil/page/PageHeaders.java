package dev.vigil.page;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security headers of every response of the errors page. An endpoint's response
 * ({@code WebEndpointResponse}) carries no headers, so they go on the servlet response of the
 * request being answered, which Spring MVC keeps in the {@link RequestContextHolder}; set this
 * way, they follow the endpoint to whatever path and port it is served on.
 */
final class PageHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	private PageHeaders() {
	}

	static void addToResponse() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet && servlet.getResponse() != null) {
			HttpServletResponse response = servlet.getResponse();
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "no-referrer");
			// Errors come and go; a cached page or data would show a state that is gone.
			response.setHeader("Cache-Control", "no-store");
		}
	}

}
