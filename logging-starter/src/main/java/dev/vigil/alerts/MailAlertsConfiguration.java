package dev.vigil.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail channel of the alerts, when the mail support is on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ JavaMailSender.class, MimeMessage.class })
class MailAlertsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MailAlertChannel vigilMailAlertChannel(MailAlertsProperties properties, ObjectProvider<JavaMailSender> senders,
			Environment environment) {
		JavaMailSender sender = senders.getIfAvailable();
		requireSettings(properties, sender, environment);
		MailAlertsPropertiesValidator.validate(properties);
		if (sender instanceof JavaMailSenderImpl impl) {
			SmtpTimeouts.applyDefaults(impl);
		}
		String from = SenderAddress.of(properties.getFrom(), environment.getProperty("spring.mail.username"),
				SenderAddress::localHostName);
		Clock clock = Clock.systemDefaultZone();
		return new MailAlertChannel(new MailDelivery(sender, properties, clock),
				new AlertMailWriter(subjectPrefix(properties, environment), clock.getZone()), from,
				properties.getDeliveryTimeout());
	}

	private static void requireSettings(MailAlertsProperties properties, @Nullable JavaMailSender sender,
			Environment environment) {
		List<String> missing = new ArrayList<>();
		List<String> actions = new ArrayList<>();
		if (properties.getTo().stream().allMatch(String::isBlank)) {
			missing.add("no recipient is set (vigil.alerts.mail.to)");
			actions.add("Set vigil.alerts.mail.to to one or more e-mail addresses separated by commas, "
					+ "such as 'ops@example.com,dev@example.com'.");
		}
		if (sender == null) {
			missing.add("no mail server is configured (spring.mail.host is not set and there is no JavaMailSender bean)");
			actions.add("Set spring.mail.host, with spring.mail.port, spring.mail.username and spring.mail.password "
					+ "as your mail server needs, or define a JavaMailSender bean.");
		}
		if (!missing.isEmpty()) {
			actions.add("Or switch the alerts off with vigil.alerts.mail.enabled=false.");
			throw new MailAlertsConfigurationException(
					"E-mail alerts are enabled (vigil.alerts.mail.enabled=true) but " + String.join(", and ", missing)
							+ ".",
					String.join("\n", actions));
		}
	}

	private static String subjectPrefix(MailAlertsProperties properties, Environment environment) {
		if (properties.getSubjectPrefix() != null) {
			return properties.getSubjectPrefix();
		}
		return "[" + environment.getProperty("spring.application.name", "application") + "] ";
	}

}
