package dev.vigil.alerts;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports what e-mail alerts miss to start: the recipients, the mail server or the mail
 * support itself.
 */
class MailAlertsFailureAnalyzer extends AbstractFailureAnalyzer<MailAlertsConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MailAlertsConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
