package dev.vigil.alerts;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Rejects alert properties that convert but cannot work, naming the property, the value and
 * what is accepted.
 */
final class MailAlertsPropertiesValidator {

	private static final String ADDRESSES = "Accepted: one or more e-mail addresses separated by commas, such as "
			+ "'ops@example.com' or 'Ops Team <ops@example.com>'.";

	private MailAlertsPropertiesValidator() {
	}

	/**
	 * Validates the properties of the mail channel; the channel-neutral ones are validated by
	 * {@link AlertSettings#validate()}.
	 * @param properties the properties
	 */
	static void validate(MailAlertsProperties properties) {
		for (String to : properties.getTo()) {
			if (!to.isBlank()) {
				requireAddress("vigil.alerts.mail.to", to);
			}
		}
		if (properties.getFrom() != null) {
			requireAddress("vigil.alerts.mail.from", properties.getFrom());
		}
		requireAtLeast("vigil.alerts.mail.retries", properties.getRetries(), 0);
		requireNotNegative("vigil.alerts.mail.retry-backoff", properties.getRetryBackoff());
		requirePositive("vigil.alerts.mail.delivery-timeout", properties.getDeliveryTimeout());
	}

	/**
	 * Whether a value is a single, valid e-mail address.
	 * @param value the value
	 * @return {@code true} when it is
	 */
	static boolean isAddress(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		try {
			new InternetAddress(value.trim(), true).validate();
			return true;
		}
		catch (AddressException ex) {
			return false;
		}
	}

	private static void requireAddress(String property, String value) {
		try {
			new InternetAddress(value.trim(), true).validate();
		}
		catch (AddressException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"'" + value.trim() + "' is not a valid e-mail address (" + ex.getMessage() + "). " + ADDRESSES);
		}
	}

	private static void requireAtLeast(String property, int value, int min) {
		if (value < min) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"Accepted: a whole number, " + min + " or more.");
		}
	}

	private static void requirePositive(String property, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"Accepted: a duration of more than zero, such as 30s or 2m.");
		}
	}

	private static void requireNotNegative(String property, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"Accepted: a duration of zero or more, such as 500ms, 10s or 5m.");
		}
	}

}
