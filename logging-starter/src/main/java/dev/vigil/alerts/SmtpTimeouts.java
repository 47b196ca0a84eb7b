package dev.vigil.alerts;

import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Gives the mail sender connect, read and write timeouts when it has none: JavaMail waits
 * forever by default, and a mail server that accepts connections without answering would
 * block the mailer thread for good.
 */
final class SmtpTimeouts {

	static final String DEFAULT_MILLIS = "5000";

	private static final String[] NAMES = { "connectiontimeout", "timeout", "writetimeout" };

	private SmtpTimeouts() {
	}

	/**
	 * Adds each missing {@code mail.<protocol>.connectiontimeout}, {@code .timeout} and
	 * {@code .writetimeout} to the JavaMail properties of the sender. The properties are changed
	 * in place, so that a session the sender already built from them sees the timeouts too; a
	 * session set explicitly (from JNDI, say) keeps its own settings.
	 * @param sender the sender
	 */
	static void applyDefaults(JavaMailSenderImpl sender) {
		String protocol = (sender.getProtocol() != null) ? sender.getProtocol() : "smtp";
		Properties properties = sender.getJavaMailProperties();
		for (String name : NAMES) {
			String key = "mail." + protocol + "." + name;
			if (properties.getProperty(key) == null) {
				properties.setProperty(key, DEFAULT_MILLIS);
			}
		}
	}

}
