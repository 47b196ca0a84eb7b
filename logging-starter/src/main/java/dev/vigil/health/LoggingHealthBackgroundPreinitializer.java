package dev.vigil.health;

import java.util.Map;

import dev.vigil.config.Preinitialization;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.util.ClassUtils;

/**
 * Loads the classes of the {@code logging} health indicator (with Spring Boot's health
 * indicator base class), reads its bean classes as Spring will and binds its properties once
 * on Spring Boot's background preinitialization thread, so that creating the indicator during
 * refresh does not wait for them. Only in applications with Spring Boot's health support, the
 * only ones that use them.
 */
class LoggingHealthBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final String HEALTH_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";

	@Override
	public void preinitialize() throws ClassNotFoundException {
		ClassLoader classLoader = getClass().getClassLoader();
		if (!ClassUtils.isPresent(HEALTH_INDICATOR, classLoader)) {
			return;
		}
		// class literals are resolved only here, after the check above
		Preinitialization.introspectBeanClasses(classLoader, LoggingHealthAutoConfiguration.class,
				LoggingHealthIndicator.class, ErrorRateCounter.class, LoggingHealthProperties.class);
		Preinitialization.bind("vigil.health", LoggingHealthProperties.class,
				Map.of("vigil.health.min-free-space", "10MB", "vigil.health.max-errors-per-minute", "60"));
	}

}
