package dev.vigil.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.vigil.ErrorFingerprint;
import dev.vigil.errors.ErrorRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.util.MimeType;

/**
 * Actuator endpoint {@code vigil}, the errors page: {@code GET /actuator/vigil} is the page,
 * {@code GET /actuator/vigil/data} the JSON it polls (the error groups of the
 * {@link ErrorRegistry} and the {@code logging} health component), and
 * {@code /actuator/vigil/page.js} and {@code page.css} its script and style sheet. Under the
 * endpoint's path, they follow its exposure, base path, port and security like every other
 * endpoint; like every endpoint but health, it is exposed over HTTP only when
 * {@code management.endpoints.web.exposure.include} names it.
 * <p>
 * The page is static but for its own name ({@code PagePath}), which its relative URLs start
 * with: the script fills it in from the data with {@code textContent} only, so
 * no text of an error (a message, a path, a logger name) can become markup or script, and the
 * {@code Content-Security-Policy} refuses any script or style but the endpoint's own.
 *
 * @author Vigil
 */
@WebEndpoint(id = "vigil")
public class ErrorsPageEndpoint {

	private static final MimeType HTML = MimeType.valueOf("text/html;charset=UTF-8");

	private static final MimeType JAVASCRIPT = MimeType.valueOf("text/javascript;charset=UTF-8");

	private static final MimeType CSS = MimeType.valueOf("text/css;charset=UTF-8");

	private static final MimeType JSON = MimeType.valueOf("application/json");

	private final PageData pageData;

	private final String html = text("page.html");

	private final String script = text("page.js");

	private final String styleSheet = text("page.css");

	/**
	 * Creates the endpoint.
	 * @param registry the registry to show
	 * @param fingerprint tells the application's stack frames from those of libraries
	 * @param health the health contributors, to show the {@code logging} component; {@code null}
	 * without Spring Boot's health support
	 */
	public ErrorsPageEndpoint(ErrorRegistry registry, ErrorFingerprint fingerprint,
			@Nullable HealthContributors health) {
		this.pageData = new PageData(registry, new StackTraceLines(fingerprint), health);
	}

	/**
	 * The page.
	 * @return the HTML page
	 */
	@ReadOperation(produces = "text/html")
	public WebEndpointResponse<String> page() {
		PageHeaders.addToResponse();
		return new WebEndpointResponse<>(this.html.replace("{{page}}", PagePath.name()), HTML);
	}

	/**
	 * The page's data, script or style sheet.
	 * @param name {@code data}, {@code page.js} or {@code page.css}
	 * @return the resource, or 404 for any other name
	 */
	@ReadOperation(produces = { "application/json", "text/javascript", "text/css" })
	public WebEndpointResponse<?> resource(@Selector String name) {
		PageHeaders.addToResponse();
		return switch (name) {
			case "data" -> new WebEndpointResponse<>(this.pageData.now(), JSON);
			case "page.js" -> new WebEndpointResponse<>(this.script, JAVASCRIPT);
			case "page.css" -> new WebEndpointResponse<>(this.styleSheet, CSS);
			default -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
		};
	}

	private static String text(String name) {
		try (InputStream in = ErrorsPageEndpoint.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The starter jar lacks dev/vigil/page/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
