package dev.vigil;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConditionalOnLogback}. The tests run with Logback as the logging system and
 * SLF4J's binding cannot be switched in a running JVM, so the other way is shown on the
 * condition's outcome for an SLF4J logger factory that is not Logback's.
 */
class ConditionalOnLogbackTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner();

	@Test
	void beansExistWhenLogbackIsTheLoggingSystem() {
		this.contextRunner.withUserConfiguration(LogbackOnlyConfiguration.class, LogbackOnlyBeanConfiguration.class)
			.run((context) -> assertThat(context).hasBean("onType").hasBean("onMethod"));
	}

	@Test
	void beansBackOffWithoutLogbackOnTheClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("ch.qos.logback.classic"))
			.withUserConfiguration(LogbackOnlyConfiguration.class, LogbackOnlyBeanConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean("onType").doesNotHaveBean("onMethod"));
	}

	@Test
	void matchesForLogbacksLoggerContext() {
		ConditionOutcome outcome = new OnLogbackCondition().getMatchOutcome(null, null);
		assertThat(outcome.isMatch()).isTrue();
		assertThat(outcome.getMessage()).contains("@ConditionalOnLogback")
			.contains("ILoggerFactory is a Logback LoggerContext");
	}

	@Test
	void doesNotMatchWhenSlf4jIsBoundToAnotherLoggingSystem() {
		ConditionOutcome outcome = new OnLogbackCondition(NOPLoggerFactory::new).getMatchOutcome(null, null);
		assertThat(outcome.isMatch()).isFalse();
		assertThat(outcome.getMessage()).contains("@ConditionalOnLogback")
			.contains(NOPLoggerFactory.class.getName());
	}

	@Test
	void sharedCheckGivesLogbacksContextOnlyForLogback() {
		assertThat(LogbackLoggingSystem.context()).isSameAs(LogbackLoggingSystem.requiredContext());
		assertThat(LogbackLoggingSystem.contextOf(new NOPLoggerFactory())).isNull();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnLogback
	static class LogbackOnlyConfiguration {

		@Bean
		String onType() {
			return "type";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LogbackOnlyBeanConfiguration {

		@Bean
		@ConditionalOnLogback
		Integer onMethod() {
			return 1;
		}

	}

}
