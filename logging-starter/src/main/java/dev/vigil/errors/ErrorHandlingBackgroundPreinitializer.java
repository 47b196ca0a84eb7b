package dev.vigil.errors;

import java.util.List;
import java.util.Map;

import dev.vigil.config.Preinitialization;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.util.ClassUtils;

/**
 * Does the first-time work of error handling on Spring Boot's background preinitialization
 * thread, so that creating its beans during refresh does not wait for it: loads its classes
 * (with Spring MVC's exception handler base class, which is large), reads its bean classes as
 * Spring will, binds its properties once and builds a fingerprint and a status mapping
 * (linking their lambdas). Only in servlet applications with Spring MVC, the only ones that
 * use them.
 */
class ErrorHandlingBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final String SPRING_MVC = "org.springframework.web.servlet.DispatcherServlet";

	private static final String JACKSON = "tools.jackson.databind.json.JsonMapper";

	private static final String ACTUATOR_ENDPOINT = "org.springframework.boot.actuate.endpoint.annotation.Endpoint";

	private static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";

	@Override
	public void preinitialize() throws ClassNotFoundException {
		ClassLoader classLoader = getClass().getClassLoader();
		if (!ClassUtils.isPresent(SPRING_MVC, classLoader)) {
			return;
		}
		// class literals are resolved only here, after the check above
		Preinitialization.initialize(classLoader, ErrorReporter.class);
		Preinitialization.introspectBeanClasses(classLoader, ErrorHandlingAutoConfiguration.class,
				ErrorHandlingAutoConfiguration.ErrorControllerConfiguration.class, ProblemExceptionHandler.class,
				ProblemErrorController.class, ProblemResponses.class, ErrorRegistry.class, ErrorFingerprint.class,
				ExceptionStatuses.class, ErrorHandlingProperties.class);
		if (ClassUtils.isPresent(JACKSON, classLoader)) {
			Preinitialization.introspectBeanClasses(classLoader,
					ErrorHandlingAutoConfiguration.UnhandledExceptionConfiguration.class,
					ProblemUnhandledExceptionResponder.class);
		}
		if (ClassUtils.isPresent(ACTUATOR_ENDPOINT, classLoader)) {
			Preinitialization.introspectBeanClasses(classLoader,
					ErrorHandlingAutoConfiguration.EndpointConfiguration.class, ErrorsEndpoint.class);
		}
		if (ClassUtils.isPresent(MICROMETER, classLoader)) {
			Preinitialization.introspectBeanClasses(classLoader,
					ErrorHandlingAutoConfiguration.MetricsConfiguration.class, MicrometerErrorCounter.class);
		}
		ErrorHandlingProperties properties = Preinitialization.bind("vigil.errors", ErrorHandlingProperties.class,
				Map.of("vigil.errors.client-error-level", "warn", "vigil.errors.type-base-uri",
						"https://example.com/problems/",
						"vigil.errors.statuses.java.lang.UnsupportedOperationException", "501"));
		ExceptionStatuses.of(properties.getStatuses(), classLoader);
		new ErrorRegistry(new ErrorFingerprint(List.of(getClass().getPackageName())), 1);
	}

}
