package dev.vigil.alerts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;

/**
 * What every alert says about where it comes from: the application's name and, when
 * {@code vigil.alerts.page-url} is set, the link to its event on Vigil's errors page.
 *
 * @param application the application's name ({@code spring.application.name}), if set
 * @param pageUrl the public URL of the errors page, if set
 * @author Vigil
 */
record AlertOrigin(@Nullable String application, @Nullable URI pageUrl) {

	static final String PAGE_URL_PROPERTY = "vigil.alerts.page-url";

	static AlertOrigin of(Environment environment, AlertsProperties properties) {
		URI pageUrl = properties.getPageUrl();
		if (pageUrl != null && (!pageUrl.isAbsolute() || pageUrl.getHost() == null
				|| !("http".equalsIgnoreCase(pageUrl.getScheme()) || "https".equalsIgnoreCase(pageUrl.getScheme()))
				|| pageUrl.getRawFragment() != null)) {
			throw new InvalidConfigurationPropertyValueException(PAGE_URL_PROPERTY, pageUrl,
					"Accepted: an absolute http or https URL without a fragment, such as "
							+ "https://app.example.com/actuator/vigil.");
		}
		return new AlertOrigin(environment.getProperty("spring.application.name"), pageUrl);
	}

	/**
	 * The link to one event on the errors page: its occurrence when it has an error id, else its
	 * group.
	 * @param errorId the error id of the event, if any
	 * @param fingerprint the group of the event
	 * @return the link, or {@code null} without a page URL
	 */
	@Nullable URI link(@Nullable String errorId, String fingerprint) {
		return (errorId != null) ? withQuery("errorId", errorId) : withQuery("fingerprint", fingerprint);
	}

	/**
	 * The errors page itself, as a digest links to it.
	 * @return the page URL, or {@code null} when it is not set
	 */
	@Nullable URI page() {
		return this.pageUrl;
	}

	private @Nullable URI withQuery(String name, String value) {
		if (this.pageUrl == null) {
			return null;
		}
		String separator = (this.pageUrl.getRawQuery() != null) ? "&" : "?";
		return URI.create(this.pageUrl + separator + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
