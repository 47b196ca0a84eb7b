package dev.vigil.requests;

import java.util.List;
import java.util.Map;

import dev.vigil.ControlCharacters;
import dev.vigil.config.Preinitialization;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.server.RequestPath;
import org.springframework.util.ClassUtils;

/**
 * Does the first-time work of request logging on Spring Boot's background preinitialization
 * thread, so that creating the filter while the web server starts does not wait for it: loads
 * its classes, reads its bean classes as Spring will, binds its properties once (the
 * converters of sizes, durations and levels), parses an excluded path (Spring's path pattern
 * classes) and registers a counter on a throwaway registry (Micrometer's meter classes). Only in
 * applications with the Servlet API and Spring Boot's servlet support, the only ones that use
 * them.
 */
class RequestLogBackgroundPreinitializer implements BackgroundPreinitializer {

	private static final String SERVLET_FILTER = "jakarta.servlet.Filter";

	private static final String FILTER_REGISTRATION = "org.springframework.boot.web.servlet.FilterRegistrationBean";

	private static final String MICROMETER = "io.micrometer.core.instrument.MeterRegistry";

	private static final String PROMETHEUS = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";

	private static final String ACTUATOR_PATHS = "org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints";

	private static final String SPRING_MVC_CONFIGURER = "org.springframework.web.servlet.config.annotation.WebMvcConfigurer";

	@Override
	public void preinitialize() throws ClassNotFoundException {
		ClassLoader classLoader = getClass().getClassLoader();
		if (!ClassUtils.isPresent(SERVLET_FILTER, classLoader)
				|| !ClassUtils.isPresent(FILTER_REGISTRATION, classLoader)) {
			return;
		}
		// class literals are resolved only here, after the check above
		Preinitialization.initialize(classLoader, RequestLogFilter.class, RequestLineLogger.class,
				RequestLogPropertiesValidator.class, ExcludedPaths.class, SecretNames.class, QueryMasker.class,
				ControlCharacters.class, RequestIds.class, AsyncCompletion.class, PendingLine.class, RequestMdc.class,
				LineAtRequestEnd.class, PathParameterMasker.class);
		Preinitialization.introspectBeanClasses(classLoader, RequestLogAutoConfiguration.class,
				RequestLogAutoConfiguration.RequestLogFilterConfiguration.class,
				RequestLogAutoConfiguration.FileRoutingConfiguration.class, FilterRegistrationBean.class,
				RequestLinesInFiles.class, RequestLogProperties.class);
		if (ClassUtils.isPresent(ACTUATOR_PATHS, classLoader)) {
			Preinitialization.introspectBeanClasses(classLoader,
					RequestLogAutoConfiguration.ActuatorExclusionConfiguration.class, ActuatorPathExclusion.class);
		}
		if (ClassUtils.isPresent(SPRING_MVC_CONFIGURER, classLoader)) {
			Preinitialization.initialize(classLoader, RequestIdCallableInterceptor.class);
			Preinitialization.introspectBeanClasses(classLoader,
					RequestLogAutoConfiguration.AsyncRequestIdConfiguration.class);
		}
		RequestLogProperties properties = Preinitialization.bind("vigil.requests", RequestLogProperties.class,
				Map.of("vigil.requests.max-body-size", "1KB", "vigil.requests.slow-threshold", "1s",
						"vigil.requests.client-error-level", "info", "vigil.requests.exclude", "/favicon.ico"));
		new ExcludedPaths(List.of("/actuator/**"));
		RequestPath.parse("/actuator/health", "").pathWithinApplication();
		new SecretNames(properties.getMask());
		if (ClassUtils.isPresent(MICROMETER, classLoader)) {
			Preinitialization.introspectBeanClasses(classLoader,
					RequestLogAutoConfiguration.MetricsConfiguration.class, MicrometerSlowRequestCounter.class);
			MeterClasses.register();
			if (ClassUtils.isPresent(PROMETHEUS, classLoader)) {
				PrometheusClasses.register();
			}
		}
	}

	/**
	 * Apart, so that verifying the preinitializer does not load Micrometer's classes, which
	 * may be missing.
	 */
	private static final class MeterClasses {

		static void register() {
			SimpleMeterRegistry registry = new SimpleMeterRegistry();
			new MicrometerSlowRequestCounter(registry).increment();
			registry.close();
		}

	}

	/**
	 * The first meter on a Prometheus registry loads and links the registry's classes, on
	 * the main thread, in whichever bean registers first; Vigil's counter is created early,
	 * with the request filter, so it is usually that bean. Apart, for the same reason as
	 * {@link MeterClasses}.
	 */
	private static final class PrometheusClasses {

		static void register() {
			PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
			new MicrometerSlowRequestCounter(registry).increment();
			registry.close();
		}

	}

}
