package dev.vigil.alerts.webhook;

import dev.vigil.alerts.Alert;
import dev.vigil.alerts.AlertDigest;

/**
 * What the webhook channel POSTs for an alert and for a digest: any object Jackson writes as
 * JSON (a {@code Map}, a record, a {@code JsonNode}). Vigil's own document is described in
 * {@code docs/how-to/webhook-alerts.md}; declare a bean of this type to POST the document a
 * receiver expects instead, such as a PagerDuty Events v2 event. The alert's message and
 * exception are the application's text and may carry user input.
 *
 * @author Vigil
 */
public interface WebhookPayload {

	/**
	 * The document of one alert.
	 * @param alert the alert
	 * @return what to POST, written as JSON
	 */
	Object alert(Alert alert);

	/**
	 * The document of a digest of the alerts flood control held back.
	 * @param digest the digest
	 * @return what to POST, written as JSON
	 */
	Object digest(AlertDigest digest);

}
