package dev.vigil.file;

import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Spring's AOT processing (the {@code process-aot} goal) runs the application's startup at
 * build time to record its beans; log files attached then would be written into the project
 * directory. Detected as Spring Boot detects it for its own Logback configuration.
 * <p>
 * Only {@link FileLoggingApplicationListener} needs to ask: AOT processing refreshes the
 * context without creating its beans, so {@link FileLoggingAutoConfiguration}'s bean method
 * does not run then. Its bean definition must stay: the generated code would otherwise lack
 * the beans that are conditional on {@link RollingFiles} (request lines routed to the files
 * only).
 */
final class AotProcessing {

	private AotProcessing() {
	}

	static boolean inProgress() {
		return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
	}

}
