package dev.vigil.alerts;

/**
 * Thrown on startup when e-mail alerts are enabled but a setting they need is missing;
 * reported by {@link MailAlertsFailureAnalyzer}.
 */
class MailAlertsConfigurationException extends RuntimeException {

	private final String action;

	MailAlertsConfigurationException(String description, String action) {
		super(description);
		this.action = action;
	}

	String getAction() {
		return this.action;
	}

}
