package dev.vigil;

import java.util.function.Supplier;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The condition of {@link ConditionalOnLogback}, asked as Spring Boot's
 * {@code LogbackMetricsAutoConfiguration} asks it.
 */
class OnLogbackCondition extends SpringBootCondition {

	private final Supplier<ILoggerFactory> loggerFactory;

	OnLogbackCondition() {
		this(LoggerFactory::getILoggerFactory);
	}

	OnLogbackCondition(Supplier<ILoggerFactory> loggerFactory) {
		this.loggerFactory = loggerFactory;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ILoggerFactory factory = this.loggerFactory.get();
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnLogback.class);
		if (LogbackLoggingSystem.contextOf(factory) != null) {
			return ConditionOutcome.match(message.because("ILoggerFactory is a Logback LoggerContext"));
		}
		return ConditionOutcome
			.noMatch(message.because("ILoggerFactory is an instance of " + factory.getClass().getName()));
	}

}
