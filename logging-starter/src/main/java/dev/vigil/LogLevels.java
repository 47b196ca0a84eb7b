package dev.vigil;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

/**
 * The one place where Spring Boot's {@link LogLevel}, the type of every level property, becomes
 * the level of SLF4J or Logback, and where a property that takes only some levels is checked.
 *
 * @author Vigil
 */
public final class LogLevels {

	private LogLevels() {
	}

	/**
	 * The SLF4J level to log at.
	 * @param level the configured level
	 * @return the level, {@code null} for {@link LogLevel#OFF} (do not log); FATAL is ERROR, as
	 * Spring Boot maps it for Logback
	 */
	public static org.slf4j.event.@Nullable Level slf4j(LogLevel level) {
		return switch (level) {
			case TRACE -> org.slf4j.event.Level.TRACE;
			case DEBUG -> org.slf4j.event.Level.DEBUG;
			case INFO -> org.slf4j.event.Level.INFO;
			case WARN -> org.slf4j.event.Level.WARN;
			case ERROR, FATAL -> org.slf4j.event.Level.ERROR;
			case OFF -> null;
		};
	}

	/**
	 * The Logback level of a threshold.
	 * @param level the configured level
	 * @return the level; FATAL is ERROR, as Spring Boot maps it for Logback
	 */
	public static ch.qos.logback.classic.Level logback(LogLevel level) {
		return switch (level) {
			case TRACE -> ch.qos.logback.classic.Level.TRACE;
			case DEBUG -> ch.qos.logback.classic.Level.DEBUG;
			case INFO -> ch.qos.logback.classic.Level.INFO;
			case WARN -> ch.qos.logback.classic.Level.WARN;
			case ERROR, FATAL -> ch.qos.logback.classic.Level.ERROR;
			case OFF -> ch.qos.logback.classic.Level.OFF;
		};
	}

	/**
	 * Rejects a level that the property does not take.
	 * @param property the name of the property
	 * @param level the bound level
	 * @param accepted the levels the property takes, in the order the report lists them
	 * @throws InvalidConfigurationPropertyValueException naming the property, the level and the
	 * accepted ones, in lower case as they are written
	 */
	public static void requireOneOf(String property, @Nullable LogLevel level, LogLevel... accepted) {
		if (level == null || !Arrays.asList(accepted).contains(level)) {
			throw new InvalidConfigurationPropertyValueException(property,
					(level != null) ? level.name().toLowerCase(Locale.ROOT) : null,
					"Accepted: one of " + Arrays.stream(accepted)
						.map((candidate) -> candidate.name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", ")) + ".");
		}
	}

}
