package dev.vigil;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when Logback is the application's logging system: Logback is on the classpath and
 * SLF4J is bound to it. Vigil's appenders and filters exist only then.
 *
 * @author Vigil
 * @see LogbackLoggingSystem
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnClass(name = "ch.qos.logback.classic.LoggerContext")
@Conditional(OnLogbackCondition.class)
public @interface ConditionalOnLogback {

}
