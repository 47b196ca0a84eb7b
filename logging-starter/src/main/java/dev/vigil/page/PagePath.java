package dev.vigil.page;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The last segment of the path the page is requested at: {@code vigil}, unless
 * {@code management.endpoints.web.path-mapping.vigil} maps the endpoint elsewhere. The page
 * refers to its script, style sheet and data relative to it, so that a context path, a
 * management base path, a management port of its own or a path mapping need no configuration.
 */
final class PagePath {

	private static final String ENDPOINT_ID = "vigil";

	private PagePath() {
	}

	/**
	 * The page's name, escaped for an HTML attribute.
	 * @return the name of the current request's page, else {@code vigil}
	 */
	static String name() {
		String name = ENDPOINT_ID;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			String path = servlet.getRequest().getRequestURI();
			int parameters = path.indexOf(';');
			path = (parameters >= 0) ? path.substring(0, parameters) : path;
			String last = path.substring(path.lastIndexOf('/') + 1);
			name = last.isEmpty() ? name : last;
		}
		// The request matched the endpoint's mapping; escaped all the same, it comes from a client.
		return HtmlUtils.htmlEscape(name);
	}

}
