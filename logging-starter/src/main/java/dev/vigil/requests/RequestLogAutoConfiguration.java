package dev.vigil.requests;

import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.FileLoggingProperties;
import dev.vigil.file.RollingFiles;
import jakarta.servlet.DispatcherType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration of request logging in servlet web applications: the
 * {@link RequestLogFilter}, registered early for request, async and error dispatches, with the
 * {@link RequestMasker} and {@link RequestLineFormatter} beans (defaults unless the application
 * defines its own).
 *
 * @author Vigil
 */
@AutoConfiguration(after = FileLoggingAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ OncePerRequestFilter.class, JsonMapper.class })
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty(name = "vigil.requests.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RequestLogProperties.class)
@Import({ RequestLogAutoConfiguration.RequestLogFilterConfiguration.class,
		RequestLogAutoConfiguration.AsyncRequestIdConfiguration.class,
		RequestLogAutoConfiguration.FileRoutingConfiguration.class,
		RequestLogAutoConfiguration.ActuatorExclusionConfiguration.class })
public final class RequestLogAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	static class RequestLogFilterConfiguration {

		// the bean of dev.vigil.tracing that installs OpenTelemetry's appender, named rather than
		// typed: the features do not depend on each other
		private static final String OTLP_LOG_APPENDER_BEAN = "vigilOtlpLogAppenderInstaller";

		@Bean
		@ConditionalOnMissingFilterBean(RequestLogFilter.class)
		FilterRegistrationBean<RequestLogFilter> vigilRequestLogFilter(RequestLogProperties properties,
				ObjectProvider<UnhandledExceptionResponder> unhandledExceptions,
				ObjectProvider<SlowRequestCounter> slowRequests, ObjectProvider<RequestLinesInFiles> linesInFiles,
				ObjectProvider<FileLoggingProperties> fileProperties, RequestMasker masker,
				RequestLineFormatter formatter, ListableBeanFactory beanFactory) {
			// without error handling there is no responder: exceptions go to the container
			RequestLogFilter filter = new RequestLogFilter(properties, unhandledExceptions.getIfUnique(), masker,
					formatter, slowRequests.getIfAvailable(() -> SlowRequestCounter.NONE),
					keyValuePairsVisible(linesInFiles.getIfAvailable(), fileProperties.getIfAvailable(), beanFactory));
			FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(RequestLogFilter.ORDER);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
			return registration;
		}

		@Bean
		@ConditionalOnMissingBean
		RequestMasker vigilRequestMasker(RequestLogProperties properties) {
			return RequestMasker.secretNames(RequestLogFilter.secretWords(properties));
		}

		@Bean
		@ConditionalOnMissingBean
		RequestLineFormatter vigilRequestLineFormatter() {
			return RequestLineFormatter.standard();
		}

		@Bean
		ServletListenerRegistrationBean<LineAtRequestEnd> vigilRequestLineAtRequestEnd() {
			return new ServletListenerRegistrationBean<>(new LineAtRequestEnd());
		}

		// Lines that reach only Vigil's text files cannot show key-value pairs: skip building them.
		// The OTLP appender of dev.vigil.tracing exports them as attributes.
		private static boolean keyValuePairsVisible(@Nullable RequestLinesInFiles linesInFiles,
				@Nullable FileLoggingProperties fileProperties, ListableBeanFactory beanFactory) {
			return linesInFiles == null || fileProperties == null
					|| !FileLoggingProperties.TEXT_FORMAT.equalsIgnoreCase(fileProperties.getFormat())
					|| beanFactory.containsBean(OTLP_LOG_APPENDER_BEAN);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebMvcConfigurer.class)
	static class AsyncRequestIdConfiguration implements WebMvcConfigurer {

		@Override
		public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
			configurer.registerCallableInterceptors(new RequestIdCallableInterceptor());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(RollingFiles.class)
	@ConditionalOnBooleanProperty(name = "vigil.requests.console", havingValue = false, matchIfMissing = true)
	static class FileRoutingConfiguration {

		@Bean
		RequestLinesInFiles vigilRequestLinesInFiles(RollingFiles files) {
			return new RequestLinesInFiles(files);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ PathMappedEndpoints.class, ManagementPortType.class })
	@ConditionalOnBooleanProperty(name = "vigil.requests.exclude-actuator", matchIfMissing = true)
	static class ActuatorExclusionConfiguration {

		@Bean
		static ActuatorPathExclusion vigilActuatorPathExclusion(ObjectProvider<PathMappedEndpoints> endpoints,
				ListableBeanFactory beanFactory, Environment environment) {
			return new ActuatorPathExclusion(endpoints, beanFactory,
					ManagementPortType.get(environment) != ManagementPortType.DIFFERENT);
		}

	}

}
