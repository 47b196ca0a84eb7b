package dev.vigil.alerts.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The webhook channel: every alert and digest as a JSON document POSTed to a URL, such as a
 * PagerDuty, Opsgenie or in-house integration.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.alerts.webhook")
public class WebhookAlertsProperties extends HttpChannelProperties {

	/**
	 * Headers sent with every request, such as a token: 'headers.Authorization=Bearer ...'.
	 * Their values are secrets: they are never shown.
	 */
	private Map<String, String> headers = new LinkedHashMap<>();

	public Map<String, String> getHeaders() {
		return this.headers;
	}

	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

}
