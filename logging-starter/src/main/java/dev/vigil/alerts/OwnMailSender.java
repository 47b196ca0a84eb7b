package dev.vigil.alerts;

import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Vigil's own copy of the mail sender Spring Boot configures, whose sockets come from
 * {@link DeliverySockets}. The application's sender and its session stay as they are.
 */
final class OwnMailSender {

	private static final String[] SOCKET_FACTORIES = { "socketFactory", "socketFactory.class", "ssl.socketFactory",
			"ssl.socketFactory.class" };

	private OwnMailSender() {
	}

	/**
	 * A copy of the sender with Vigil's socket factory; the sender itself when it is a
	 * subclass of {@link JavaMailSenderImpl} or another type (it may send in a way of its own),
	 * or when its session has a socket factory of its own.
	 * @param sender the application's sender
	 * @param sockets the socket factory
	 * @return the sender Vigil sends with
	 */
	static JavaMailSender of(JavaMailSender sender, DeliverySockets sockets) {
		if (sender.getClass() != JavaMailSenderImpl.class) {
			return sender;
		}
		JavaMailSenderImpl application = (JavaMailSenderImpl) sender;
		String protocol = (application.getProtocol() != null) ? application.getProtocol() : "smtp";
		Properties properties = new Properties();
		properties.putAll(application.getSession().getProperties());
		for (String name : SOCKET_FACTORIES) {
			if (properties.get("mail." + protocol + "." + name) != null) {
				return sender;
			}
		}
		// an SSL connection (smtps, mail.smtp.ssl.enable) is layered over this factory's socket
		properties.put("mail." + protocol + ".socketFactory", sockets);
		JavaMailSenderImpl own = new JavaMailSenderImpl();
		own.setJavaMailProperties(properties);
		own.setProtocol(application.getProtocol());
		own.setHost(application.getHost());
		own.setPort(application.getPort());
		own.setUsername(application.getUsername());
		own.setPassword(application.getPassword());
		own.setDefaultEncoding(application.getDefaultEncoding());
		return own;
	}

}
