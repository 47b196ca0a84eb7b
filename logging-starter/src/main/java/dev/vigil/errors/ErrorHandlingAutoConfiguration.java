package dev.vigil.errors;

import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.ErrorFingerprint;
import dev.vigil.requests.RequestLogAutoConfiguration;
import dev.vigil.requests.RequestLogFilter;
import dev.vigil.requests.UnhandledExceptionResponder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of problem responses for every error of a Spring MVC application, the
 * logging of each failure once, the error registry and its actuator endpoint.
 * <p>
 * Runs before Spring Boot's MVC auto-configuration so that its {@code /error} controller and
 * its optional problem-details handler ({@code spring.mvc.problemdetails.enabled}) back off in
 * favour of Vigil's.
 *
 * @author Vigil
 */
@AutoConfiguration(after = { RequestLogAutoConfiguration.class, ErrorPipelineAutoConfiguration.class },
		before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ Servlet.class, DispatcherServlet.class, ErrorController.class })
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty(name = "vigil.errors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorHandlingProperties.class)
@Import({ ErrorHandlingAutoConfiguration.ErrorControllerConfiguration.class,
		ErrorHandlingAutoConfiguration.UnhandledExceptionConfiguration.class,
		ErrorHandlingAutoConfiguration.EndpointConfiguration.class })
public final class ErrorHandlingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorFingerprint errorFingerprint(BeanFactory beanFactory) {
		return ErrorFingerprint.forApplication(beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorRegistry errorRegistry(ErrorFingerprint errorFingerprint, ErrorHandlingProperties properties) {
		int capacity = properties.getRecentCapacity();
		if (capacity < 1) {
			throw new InvalidConfigurationPropertyValueException("vigil.errors.recent-capacity", capacity,
					"Accepted: a whole number of error groups, 1 or more, such as 100.");
		}
		return new ErrorRegistry(errorFingerprint, capacity);
	}

	@Bean
	ErrorEventListener vigilErrorRegistryListener(ErrorRegistry errorRegistry) {
		return errorRegistry::record;
	}

	@Bean
	ExceptionStatuses vigilExceptionStatuses(ErrorHandlingProperties properties, ApplicationContext context) {
		return ExceptionStatuses.of(properties.getStatuses(), context.getClassLoader());
	}

	@Bean
	ProblemResponses vigilProblemResponses(ErrorHandlingProperties properties, ErrorFingerprint errorFingerprint,
			ObjectProvider<ErrorCounter> errorCounter, BeanFactory beanFactory) {
		return new ProblemResponses(properties,
				new ErrorReporter(beanFactory, properties, errorFingerprint, errorCounter.getIfAvailable()));
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemExceptionHandler problemExceptionHandler(ProblemResponses vigilProblemResponses,
			ExceptionStatuses vigilExceptionStatuses) {
		return new ProblemExceptionHandler(vigilProblemResponses, vigilExceptionStatuses);
	}

	/**
	 * Exceptions escaping the filter chain, caught by the request-logging filter, get the
	 * same problem response, log entry and registry occurrence as the others.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JsonMapper.class)
	static class UnhandledExceptionConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UnhandledExceptionResponder vigilUnhandledExceptionResponder(ProblemResponses vigilProblemResponses,
				ExceptionStatuses vigilExceptionStatuses, ObjectProvider<JsonMapper> jsonMapper) {
			return new ProblemUnhandledExceptionResponder(vigilProblemResponses, vigilExceptionStatuses,
					jsonMapper.getIfUnique(JsonMapper::shared));
		}

	}

	/**
	 * Spring Boot's error path answered by Vigil, unless the application has its own error
	 * controller.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
	static class ErrorControllerConfiguration {

		@Bean
		ProblemErrorController problemErrorController(ProblemResponses vigilProblemResponses,
				ExceptionStatuses vigilExceptionStatuses, ApplicationContext context) {
			return new ProblemErrorController(vigilProblemResponses, vigilExceptionStatuses, context);
		}

		/**
		 * With Logback, the servlet container's entry for an exception escaping the filter
		 * chain gives way to the error controller's, which carries the error id. Not needed
		 * while Vigil's request filter is on: it catches such exceptions before the container.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnLogback
		@ConditionalOnMissingFilterBean(RequestLogFilter.class)
		static class ContainerErrorLogConfiguration {

			@Bean
			ContainerErrorLogFilter vigilContainerErrorLogFilter(ProblemResponses vigilProblemResponses) {
				return new ContainerErrorLogFilter(vigilProblemResponses.reporter());
			}

			@Bean
			ServletListenerRegistrationBean<ContainerErrorLogFilter> vigilContainerErrorLogListener(
					ContainerErrorLogFilter vigilContainerErrorLogFilter) {
				return new ServletListenerRegistrationBean<>(vigilContainerErrorLogFilter);
			}

		}

		/**
		 * With Spring Security, its 401 and 403 get the problem response too, although Security
		 * refuses the error dispatch to whoever it refused the request.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(value = JsonMapper.class, name = "org.springframework.security.web.FilterChainProxy")
		static class SecurityErrorResponseConfiguration {

			// After the request-logging filter (request id), before Spring Security (-100 by default)
			static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

			@Bean
			@ConditionalOnMissingBean(name = "vigilSecurityErrorResponseFilter")
			FilterRegistrationBean<SecurityErrorResponseFilter> vigilSecurityErrorResponseFilter(
					ProblemResponses vigilProblemResponses, ObjectProvider<JsonMapper> jsonMapper,
					Environment environment) {
				String errorPath = environment.resolvePlaceholders("${spring.web.error.path:${error.path:/error}}");
				FilterRegistrationBean<SecurityErrorResponseFilter> registration = new FilterRegistrationBean<>(
						new SecurityErrorResponseFilter(vigilProblemResponses,
								new ProblemJson(jsonMapper.getIfUnique(JsonMapper::shared)), errorPath));
				registration.setDispatcherTypes(DispatcherType.ERROR);
				registration.setOrder(ORDER);
				return registration;
			}

		}

	}

	// The endpoint condition sits on the method: its condition class is loaded with actuator only.
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Endpoint.class)
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint(ErrorsEndpoint.class)
		ErrorsEndpoint errorsEndpoint(ErrorRegistry errorRegistry) {
			return new ErrorsEndpoint(errorRegistry);
		}

	}

}
