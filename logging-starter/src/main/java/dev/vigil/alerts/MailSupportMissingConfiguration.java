package dev.vigil.alerts;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Fails the startup when alerts are enabled but the mail support is not on the classpath:
 * silently not alerting would be found out on the day an alert was needed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailSupportMissingConfiguration.MailSupportMissing.class)
class MailSupportMissingConfiguration implements InitializingBean {

	@Override
	public void afterPropertiesSet() {
		throw new MailAlertsConfigurationException(
				"E-mail alerts are enabled (vigil.alerts.mail.enabled=true) but the mail support is not on the "
						+ "classpath (Jakarta Mail and Spring's JavaMailSender).",
				"Add the dependency org.springframework.boot:spring-boot-starter-mail, "
						+ "or switch the alerts off with vigil.alerts.mail.enabled=false.");
	}

	static class MailSupportMissing extends NoneNestedConditions {

		MailSupportMissing() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnClass({ JavaMailSender.class, MimeMessage.class })
		static class MailSupportPresent {

		}

	}

}
