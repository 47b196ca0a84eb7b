package dev.vigil.file;

import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

import dev.vigil.LogLevels;

/**
 * Rejects file properties that would make Logback silently misbehave, naming the property,
 * the bad value and what is accepted.
 */
final class FilePropertiesValidator {

	private FilePropertiesValidator() {
	}

	static void validate(FileLoggingProperties properties) {
		requireFileName("vigil.file.app.name", properties.getApp().getName());
		requirePositive("vigil.file.app.max-size", properties.getApp().getMaxSize());
		requireNotNegative("vigil.file.app.max-backups", properties.getApp().getMaxBackups());
		requireFileName("vigil.file.error.name", properties.getError().getName());
		requirePositive("vigil.file.error.max-size", properties.getError().getMaxSize());
		requireNotNegative("vigil.file.error.max-backups", properties.getError().getMaxBackups());
		LogLevels.requireOneOf("vigil.file.error.threshold", properties.getError().getThreshold(), LogLevel.ERROR,
				LogLevel.WARN);
		if (properties.getApp().getName().equals(properties.getError().getName())) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.error.name",
					properties.getError().getName(), "Accepted: a file name different from vigil.file.app.name.");
		}
		if (!StringUtils.hasText(properties.getDirectory())) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.directory", properties.getDirectory(),
					"Accepted: a path to a writable directory, such as 'logs' or '/var/log/myapp'.");
		}
		requirePermissions("vigil.file.permissions.file", properties.getPermissions().getFile(), "rw-r-----");
		requirePermissions("vigil.file.permissions.directory", properties.getPermissions().getDirectory(),
				"rwxr-x---");
		if (!StringUtils.hasText(properties.getFormat())) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.format", properties.getFormat(),
					LogFileEncoders.FORMATS_ACCEPTED);
		}
		if (!StringUtils.hasText(properties.getPattern())) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.pattern", properties.getPattern(),
					"Accepted: a Logback pattern such as '" + FileLoggingProperties.DEFAULT_PATTERN + "'.");
		}
	}

	private static void requirePositive(String property, DataSize size) {
		if (size == null || size.toBytes() <= 0) {
			throw new InvalidConfigurationPropertyValueException(property, size,
					"Accepted: a size greater than zero, such as 512KB, 2MB or 1GB.");
		}
	}

	private static void requireNotNegative(String property, int count) {
		if (count < 0) {
			throw new InvalidConfigurationPropertyValueException(property, count,
					"Accepted: a whole number of backups, 0 or more.");
		}
	}

	private static void requirePermissions(String property, String value, String example) {
		try {
			PosixFilePermissions.fromString(value);
		}
		catch (RuntimeException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"Accepted: POSIX permissions such as " + example
							+ ", nine characters as 'ls -l' shows them: r, w, x or - for owner, group and others.");
		}
	}

	private static void requireFileName(String property, String name) {
		if (!StringUtils.hasText(name) || name.contains("/") || name.contains("\\")) {
			throw new InvalidConfigurationPropertyValueException(property, name,
					"Accepted: a plain file name such as 'app.log', without directories "
							+ "(set vigil.file.directory for those).");
		}
	}

}
