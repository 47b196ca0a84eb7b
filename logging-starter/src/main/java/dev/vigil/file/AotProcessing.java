package dev.vigil.file;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Spring's AOT processing (the {@code process-aot} goal) runs the application's startup at
 * build time to record its beans; log files attached then would be written into the project
 * directory. Detected as Spring Boot detects it for its own Logback configuration.
 */
final class AotProcessing {

	private AotProcessing() {
	}

	static boolean inProgress() {
		return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
	}

	/**
	 * Matches unless AOT processing is in progress; the bean it guards is then left out of the
	 * generated code too, and {@link FileLoggingApplicationListener} attaches the files when the
	 * processed application starts.
	 */
	static final class NotInProgress extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return inProgress() ? ConditionOutcome.noMatch("AOT processing is in progress")
					: ConditionOutcome.match("AOT processing is not in progress");
		}

	}

}
