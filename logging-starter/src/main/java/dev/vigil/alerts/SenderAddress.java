package dev.vigil.alerts;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.Supplier;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The sender of the alerts: {@code vigil.alerts.mail.from}, else {@code spring.mail.username}
 * when it is an address, else {@code vigil@} and the host name. Many mail servers reject a
 * sender whose domain is not qualified ({@code vigil@vm}), so such an address fails the startup
 * instead of every alert failing later.
 */
final class SenderAddress {

	static final String PROPERTY = "vigil.alerts.mail.from";

	private static final String ACCEPTED = "Accepted: an e-mail address whose domain has a dot, such as "
			+ "'alerts@example.com' or 'Alerts <alerts@example.com>', or a domain literal such as "
			+ "'alerts@[192.0.2.10]'.";

	private SenderAddress() {
	}

	/**
	 * Chooses the sender and requires a qualified domain.
	 * @param configured {@code vigil.alerts.mail.from}, already checked to be an address
	 * @param mailUsername {@code spring.mail.username}
	 * @param hostName the host name, asked for only when the other two do not give a sender
	 * @return the sender address
	 */
	static String of(@Nullable String configured, @Nullable String mailUsername, Supplier<String> hostName) {
		if (configured != null) {
			String from = configured.trim();
			String domain = domain(from);
			if (!isQualified(domain)) {
				throw new InvalidConfigurationPropertyValueException(PROPERTY, configured,
						"'" + domain + "' is not a qualified domain, and many mail servers reject such a sender. "
								+ ACCEPTED);
			}
			return from;
		}
		if (mailUsername != null && MailAlertsPropertiesValidator.isAddress(mailUsername)
				&& isQualified(domain(mailUsername.trim()))) {
			return mailUsername.trim();
		}
		String from = "vigil@" + hostName.get();
		if (!MailAlertsPropertiesValidator.isAddress(from) || !isQualified(domain(from))) {
			throw new InvalidConfigurationPropertyValueException(PROPERTY, from,
					"vigil.alerts.mail.from is not set, spring.mail.username is no address with a qualified domain, "
							+ "and the default '" + from + "', built from the host name, has no qualified domain: "
							+ "many mail servers reject such a sender. " + ACCEPTED);
		}
		return from;
	}

	/**
	 * The domain of an address, such as {@code example.com} for {@code Ops <ops@example.com>}.
	 * @param address a valid address
	 * @return its domain
	 */
	static String domain(String address) {
		try {
			String mailbox = new InternetAddress(address, true).getAddress();
			return mailbox.substring(mailbox.lastIndexOf('@') + 1);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not an e-mail address: " + address, ex);
		}
	}

	/**
	 * The name of this host, which may wait on DNS.
	 * @return the host name, {@code localhost} when it cannot be found
	 */
	static String localHostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			String host = System.getenv("HOSTNAME");
			return (host != null && !host.isBlank()) ? host : "localhost";
		}
	}

	private static boolean isQualified(String domain) {
		if (domain.startsWith("[") && domain.endsWith("]")) {
			return true;
		}
		int dot = domain.indexOf('.');
		return dot > 0 && dot < domain.length() - 1 && !domain.endsWith(".");
	}

}
