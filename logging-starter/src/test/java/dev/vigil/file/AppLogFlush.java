package dev.vigil.file;

import dev.vigil.LogbackLoggingSystem;
import org.slf4j.Logger;

/**
 * Writes the buffered lines of Vigil's app logs attached to the application's logger context,
 * as the flush interval would a moment later, so that tests read what has been logged.
 */
public final class AppLogFlush {

	private AppLogFlush() {
	}

	public static void flush() {
		LogbackLoggingSystem.requiredContext()
			.getLogger(Logger.ROOT_LOGGER_NAME)
			.iteratorForAppenders()
			.forEachRemaining((appender) -> {
				if (appender instanceof BatchedFileAppender batched) {
					batched.flush();
				}
			});
	}

}
