package dev.vigil.requests;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.util.ClassUtils;

/**
 * Loads the classes of request logging on Spring Boot's background preinitialization thread, so
 * that creating the filter while the web server starts does not wait for them. Only in
 * applications with the Servlet API, the only ones that use them.
 */
class RequestLogBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final String SERVLET_FILTER = "jakarta.servlet.Filter";

	@Override
	public void preinitialize() throws ClassNotFoundException {
		ClassLoader classLoader = getClass().getClassLoader();
		if (!ClassUtils.isPresent(SERVLET_FILTER, classLoader)) {
			return;
		}
		// class literals are resolved only here, after the check above
		for (Class<?> type : new Class<?>[] { RequestLogFilter.class, RequestLineLogger.class, RequestLogProperties.class,
				RequestLogPropertiesValidator.class, ExcludedPaths.class, SecretNames.class, QueryMasker.class,
				ControlCharacters.class, RequestIds.class, MicrometerSlowRequestCounter.class }) {
			Class.forName(type.getName(), true, classLoader);
		}
	}

}
