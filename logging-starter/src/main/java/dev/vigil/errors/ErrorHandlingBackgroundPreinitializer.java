package dev.vigil.errors;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.util.ClassUtils;

/**
 * Loads the classes of error handling (with Spring MVC's exception handler base class, which
 * is large) on Spring Boot's background preinitialization thread, so that creating their beans
 * during refresh does not wait for them. Only in servlet applications with Spring MVC, the
 * only ones that use them.
 */
class ErrorHandlingBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final String SPRING_MVC = "org.springframework.web.servlet.DispatcherServlet";

	@Override
	public void preinitialize() throws ClassNotFoundException {
		ClassLoader classLoader = getClass().getClassLoader();
		if (!ClassUtils.isPresent(SPRING_MVC, classLoader)) {
			return;
		}
		// class literals are resolved only here, after the check above
		for (Class<?> type : new Class<?>[] { ProblemExceptionHandler.class, ProblemErrorController.class,
				ProblemResponses.class, ErrorReporter.class, ErrorRegistry.class, ErrorFingerprint.class,
				ExceptionStatuses.class, ErrorHandlingProperties.class }) {
			Class.forName(type.getName(), true, classLoader);
		}
	}

}
