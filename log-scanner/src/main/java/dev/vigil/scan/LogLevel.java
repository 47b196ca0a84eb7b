package dev.vigil.scan;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Levels of log entries, lowest first.
 */
enum LogLevel {

	TRACE, DEBUG, INFO, WARN, ERROR,

	/**
	 * Lines at the start of a file that no known format recognises.
	 */
	UNKNOWN;

	/**
	 * Whether an entry at this level passes a minimum level. An entry of unknown level always
	 * does: the scanner cannot tell that it is below.
	 */
	boolean atLeast(LogLevel minimum) {
		return this == UNKNOWN || ordinal() >= minimum.ordinal();
	}

	static @Nullable LogLevel of(String name) {
		return switch (name.toUpperCase(Locale.ROOT)) {
			case "TRACE", "FINEST", "FINER" -> TRACE;
			case "DEBUG", "FINE" -> DEBUG;
			case "INFO" -> INFO;
			case "WARN", "WARNING" -> WARN;
			case "ERROR", "FATAL", "SEVERE" -> ERROR;
			default -> null;
		};
	}

	/**
	 * The level of a syslog severity, as GELF writes it (Spring Boot maps ERROR to 3, WARN to
	 * 4, INFO to 6, DEBUG and TRACE to 7).
	 */
	static LogLevel ofSyslog(int severity) {
		if (severity <= 3) {
			return ERROR;
		}
		return (severity == 4) ? WARN : (severity <= 6) ? INFO : DEBUG;
	}

}
