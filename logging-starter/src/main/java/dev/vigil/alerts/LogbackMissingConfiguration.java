package dev.vigil.alerts;

import dev.vigil.ConditionalOnLogback;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Fails the startup when an alert channel is switched on but Logback is not the logging system,
 * so that there is no dispatcher: silently not alerting would be found out on the day an alert
 * was needed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LogbackMissingConfiguration.LogbackMissing.class)
class LogbackMissingConfiguration implements InitializingBean {

	@Override
	public void afterPropertiesSet() {
		throw new MailAlertsConfigurationException(
				"Alerts are enabled (vigil.alerts.mail.enabled=true or an AlertChannel bean) but Logback is "
						+ "not the application's logging system.",
				"Use Logback (Spring Boot's default), or set vigil.alerts.mail.enabled=false and remove the "
						+ "application's AlertChannel beans.");
	}

	static class LogbackMissing extends NoneNestedConditions {

		LogbackMissing() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnLogback
		static class LogbackPresent {

		}

	}

}
