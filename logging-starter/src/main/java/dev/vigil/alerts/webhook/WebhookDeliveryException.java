package dev.vigil.alerts.webhook;

/**
 * An alert an HTTP channel could not deliver. Its message names the receiver by scheme and host
 * only, and it has no cause: the HTTP client's exceptions can name the whole URL.
 */
class WebhookDeliveryException extends RuntimeException {

	WebhookDeliveryException(String message) {
		super(message, null, false, false);
	}

}
