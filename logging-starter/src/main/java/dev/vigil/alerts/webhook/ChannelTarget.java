package dev.vigil.alerts.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Where an HTTP channel posts, checked at startup, and how it may be shown: the URL's scheme and
 * host only, as its path, query and the header values are credentials.
 *
 * @param prefix the properties' prefix, such as {@code vigil.alerts.slack}
 * @param url the URL
 * @param headers the headers sent with every request
 */
record ChannelTarget(String prefix, URI url, Map<String, String> headers) {

	private static final String HIDDEN = "******";

	// the headers java.net.http.HttpClient refuses to send as given
	private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
			"upgrade");

	ChannelTarget {
		headers = Map.copyOf(headers);
	}

	/**
	 * The target of a channel's properties, once they are valid.
	 * @param prefix the properties' prefix
	 * @param properties the properties
	 * @param headers the headers to send
	 * @return the target
	 * @throws InvalidConfigurationPropertyValueException naming the first invalid property
	 */
	static ChannelTarget of(String prefix, HttpChannelProperties properties, Map<String, String> headers) {
		URI url = properties.getUrl();
		if (url == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".url", null,
					"It is required when " + prefix + ".enabled=true: set the URL of the receiver (http or https), "
							+ "or switch the channel off.");
		}
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".url", redact(url),
					"An absolute http or https URL with a host is accepted, such as https://hooks.example.com/alerts.");
		}
		positive(prefix + ".connect-timeout", properties.getConnectTimeout());
		positive(prefix + ".read-timeout", properties.getReadTimeout());
		positive(prefix + ".delivery-timeout", properties.getDeliveryTimeout());
		positive(prefix + ".retry-backoff", properties.getRetryBackoff());
		headers.forEach((name, value) -> {
			if (name.isEmpty() || !name.chars().allMatch(ChannelTarget::isTokenCharacter)) {
				throw new InvalidConfigurationPropertyValueException(prefix + ".headers", name,
						"A header name is letters, digits and !#$%&'*+-.^_`|~, such as Authorization.");
			}
			if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				throw new InvalidConfigurationPropertyValueException(prefix + ".headers", name,
						"The HTTP client sets this header itself; Connection, Content-Length, Expect, Host and Upgrade "
								+ "cannot be set.");
			}
			if (value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
				throw new InvalidConfigurationPropertyValueException(prefix + ".headers." + name, HIDDEN,
						"A header value is text without line breaks or other control characters.");
			}
		});
		return new ChannelTarget(prefix, url, headers);
	}

	/**
	 * The URL as it may be shown.
	 * @return its scheme, host and port, such as {@code https://hooks.slack.com}
	 */
	String redacted() {
		return redact(this.url);
	}

	/**
	 * Whether a text shows a secret of this target: the URL's path or query, or a header value.
	 * @param text a text from the HTTP client, such as an exception message
	 * @return whether it must not be shown
	 */
	boolean reveals(@Nullable String text) {
		if (text == null) {
			return false;
		}
		String path = this.url.getRawPath();
		String query = this.url.getRawQuery();
		return (path != null && path.length() > 1 && text.contains(path))
				|| (query != null && !query.isEmpty() && text.contains(query))
				|| (this.url.getPath() != null && this.url.getPath().length() > 1 && text.contains(this.url.getPath()))
				|| this.headers.values().stream().anyMatch((value) -> !value.isEmpty() && text.contains(value));
	}

	private static String redact(URI url) {
		if (url.getScheme() == null || url.getHost() == null) {
			return HIDDEN;
		}
		return url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "");
	}

	private static void positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "A positive duration is accepted.");
		}
	}

	private static boolean isTokenCharacter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| "!#$%&'*+-.^_`|~".indexOf(c) != -1;
	}

}
