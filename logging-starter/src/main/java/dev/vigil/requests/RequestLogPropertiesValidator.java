package dev.vigil.requests;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

import dev.vigil.LogLevels;

/**
 * Rejects request logging properties that convert but make no sense, naming the property,
 * the value and what is accepted. The exclude patterns are checked where they are parsed,
 * by {@link ExcludedPaths}.
 */
final class RequestLogPropertiesValidator {

	private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

	private RequestLogPropertiesValidator() {
	}

	static void validate(RequestLogProperties properties) {
		Duration slowThreshold = properties.getSlowThreshold();
		if (slowThreshold == null || slowThreshold.isNegative()) {
			throw new InvalidConfigurationPropertyValueException("vigil.requests.slow-threshold", slowThreshold,
					"Accepted: a duration of zero or more, such as 500ms, 1s or 2m.");
		}
		DataSize maxBodySize = properties.getMaxBodySize();
		if (maxBodySize == null || maxBodySize.isNegative() || maxBodySize.toBytes() > Integer.MAX_VALUE) {
			throw new InvalidConfigurationPropertyValueException("vigil.requests.max-body-size", maxBodySize,
					"Accepted: a data size from 0B to 2GB, such as 512B, 1KB or 16KB.");
		}
		// a request always gets its line: no 'off'
		LogLevels.requireOneOf("vigil.requests.client-error-level", properties.getClientErrorLevel(), LogLevel.TRACE,
				LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR);
		if (properties.getIncomingRequestId() == null) {
			throw new InvalidConfigurationPropertyValueException("vigil.requests.incoming-request-id", null,
					"Accepted: one of trust, ignore, keep-separate.");
		}
		if (!isToken(properties.getRequestIdHeader())) {
			throw new InvalidConfigurationPropertyValueException("vigil.requests.request-id-header",
					properties.getRequestIdHeader(),
					"Accepted: an HTTP header name (letters, digits and !#$%&'*+-.^_`|~), such as X-Request-Id "
							+ "or X-Correlation-Id.");
		}
		validateWords("vigil.requests.mask", properties.getMask());
		validateWords("vigil.requests.additional-mask", properties.getAdditionalMask());
	}

	private static void validateWords(String property, List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			if (SecretNames.normalize(words.get(i)).isEmpty()) {
				throw new InvalidConfigurationPropertyValueException(property + "[" + i + "]", words.get(i),
						"Accepted: a header, parameter or field name or a part of one, with at least one letter "
								+ "or digit, such as 'password' or 'apikey'.");
			}
		}
	}

	private static boolean isToken(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| TOKEN_SYMBOLS.indexOf(c) >= 0;
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

}
