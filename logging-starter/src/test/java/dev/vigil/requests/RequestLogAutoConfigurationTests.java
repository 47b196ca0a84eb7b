package dev.vigil.requests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vigil.metrics.VigilMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import org.jspecify.annotations.Nullable;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When the request log filter exists, and what it refuses to start with.
 */
class RequestLogAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RequestLogAutoConfiguration.class, VigilMetricsAutoConfiguration.class));

	@Test
	void registersTheFilterEarlyForRequestAsyncAndErrorDispatchesInAServletWebApplication() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(FilterRegistrationBean.class).hasBean("vigilRequestLogFilter");
			FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(RequestLogFilter.class);
			assertThat(registration.getOrder()).isEqualTo(RequestLogFilter.ORDER);
			assertThat(registration.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.REQUEST,
					DispatcherType.ASYNC, DispatcherType.ERROR);
			assertThat(context).hasSingleBean(RequestLogProperties.class);
		});
	}

	@Test
	void putsTheRequestIdInTheMdcOfCallableThreadsWhenSpringMvcIsPresent() {
		this.runner.run((context) -> assertThat(context)
			.hasSingleBean(RequestLogAutoConfiguration.AsyncRequestIdConfiguration.class));
		this.runner.withClassLoader(new FilteredClassLoader(WebMvcConfigurer.class))
			.run((context) -> assertThat(context).hasBean("vigilRequestLogFilter")
				.doesNotHaveBean(RequestLogAutoConfiguration.AsyncRequestIdConfiguration.class));
	}

	@Test
	void leavesOutTheActuatorsPathsWhenTheActuatorIsPresentUnlessSwitchedOff() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ActuatorPathExclusion.class));
		this.runner.withPropertyValues("vigil.requests.exclude-actuator=false")
			.run((context) -> assertThat(context).hasBean("vigilRequestLogFilter")
				.doesNotHaveBean(ActuatorPathExclusion.class));
		this.runner.withClassLoader(new FilteredClassLoader(PathMappedEndpoints.class))
			.run((context) -> assertThat(context).hasBean("vigilRequestLogFilter")
				.doesNotHaveBean(ActuatorPathExclusion.class));
	}

	@Test
	void backsOffWhenRequestLoggingIsDisabled() {
		this.runner.withPropertyValues("vigil.requests.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class)
				.doesNotHaveBean(RequestLogProperties.class));
	}

	@Test
	void backsOffWhenVigilIsDisabled() {
		this.runner.withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
	}

	@Test
	void backsOffOutsideServletWebApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RequestLogAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RequestLogAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
	}

	@Test
	void backsOffWithoutJackson() {
		this.runner.withClassLoader(new FilteredClassLoader(JsonMapper.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
	}

	@Test
	void backsOffWhenTheApplicationRegistersItsOwnRequestLogFilter() {
		this.runner.withUserConfiguration(OwnRegistration.class).run((context) -> {
			assertThat(context).hasSingleBean(FilterRegistrationBean.class)
				.hasBean("ownRegistration")
				.doesNotHaveBean("vigilRequestLogFilter");
			assertThat(context.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(42);
		});
	}

	@Test
	void aFilterTheApplicationCreatesMasksByTheConfiguredNamesAndLeavesEscapedExceptionsToTheContainer()
			throws Exception {
		RequestLogProperties properties = new RequestLogProperties();
		properties.setAdditionalMask(List.of("card"));
		RequestLogFilter filter = new RequestLogFilter(properties);
		Logger requestLogger = (Logger) LoggerFactory.getLogger(RequestLineLogger.logger.getName());
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		requestLogger.addAppender(lines);
		try {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/pay");
			request.setQueryString("card=4111&password=secret&item=7");
			filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			});
			assertThat(lines.list).singleElement()
				.extracting(ILoggingEvent::getFormattedMessage, InstanceOfAssertFactories.STRING)
				.contains("/pay?card=***&password=***&item=7")
				.doesNotContain("4111", "secret");
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/fails"),
						new MockHttpServletResponse(), (req, res) -> {
							throw new IllegalStateException("boom");
						}));
		}
		finally {
			requestLogger.detachAppender(lines);
		}
	}

	@Test
	void leavesAnEscapedExceptionToTheContainerWithoutAnUnhandledExceptionResponder() {
		// no error handling here: no responder bean, so the exception goes on as in Spring Boot
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(UnhandledExceptionResponder.class);
			RequestLogFilter filter = (RequestLogFilter) context.getBean(FilterRegistrationBean.class).getFilter();
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/fails"), response,
						(request, ignored) -> {
							throw new IllegalStateException("fails");
						}))
				.withMessage("fails");
			assertThat(response.getContentAsString()).isEmpty();
		});
	}

	@Test
	void handsAnEscapedExceptionToTheUnhandledExceptionResponderBean() {
		List<Throwable> answered = new CopyOnWriteArrayList<>();
		UnhandledExceptionResponder responder = (request, response, exception, requestId) -> {
			answered.add(exception);
			response.setStatus(503);
		};
		this.runner.withBean(UnhandledExceptionResponder.class, () -> responder).run((context) -> {
			RequestLogFilter filter = (RequestLogFilter) context.getBean(FilterRegistrationBean.class).getFilter();
			MockHttpServletResponse response = new MockHttpServletResponse();
			IllegalStateException failure = new IllegalStateException("fails");
			filter.doFilter(new MockHttpServletRequest("GET", "/fails"), response, (request, ignored) -> {
				throw failure;
			});
			assertThat(answered).containsExactly(failure);
			assertThat(response.getStatus()).isEqualTo(503);
		});
	}

	@Test
	void masksAndFormatsWithTheDefaultBeansUnlessTheApplicationDefinesItsOwn() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(RequestMasker.class).hasBean("vigilRequestMasker");
			assertThat(context.getBean(RequestMasker.class)).isInstanceOf(SecretNameMasker.class);
			assertThat(context).hasSingleBean(RequestLineFormatter.class)
				.getBean(RequestLineFormatter.class)
				.isSameAs(RequestLineFormatter.standard());
		});
	}

	@Test
	void theDefaultMaskerFollowsMaskAndAdditionalMask() {
		this.runner.withPropertyValues("vigil.requests.mask=pin", "vigil.requests.additional-mask=card")
			.run((context) -> {
				RequestMasker masker = context.getBean(RequestMasker.class);
				assertThat(masker.maskQuery("pin=1&card=2&password=3")).isEqualTo("pin=***&card=***&password=3");
				assertThat(masker.isSecretHeader("X-Pin")).isTrue();
			});
	}

	@Test
	void masksWithTheApplicationsMaskerBean() {
		List<String> masked = new CopyOnWriteArrayList<>();
		RequestMasker own = new RecordingMasker(masked);
		this.runner.withBean(RequestMasker.class, () -> own).run((context) -> {
			assertThat(context).hasSingleBean(RequestMasker.class).doesNotHaveBean("vigilRequestMasker");
			serve(context.getBean(FilterRegistrationBean.class), new MockHttpServletRequest("GET", "/own;x=1"));
			assertThat(masked).containsExactly("/own;x=1");
		});
	}

	@Test
	void formatsTheLineWithTheApplicationsFormatterBean() {
		List<LoggedRequest> formatted = new CopyOnWriteArrayList<>();
		RequestLineFormatter own = new RequestLineFormatter() {

			@Override
			public String message(LoggedRequest request) {
				formatted.add(request);
				return "own";
			}

			@Override
			public Map<String, Object> keyValues(LoggedRequest request) {
				return Map.of();
			}

		};
		this.runner.withBean(RequestLineFormatter.class, () -> own).run((context) -> {
			assertThat(context).hasSingleBean(RequestLineFormatter.class)
				.doesNotHaveBean("vigilRequestLineFormatter");
			serve(context.getBean(FilterRegistrationBean.class), new MockHttpServletRequest("GET", "/own"));
			assertThat(formatted).singleElement().satisfies((request) -> {
				assertThat(request.method()).isEqualTo("GET");
				assertThat(request.path()).isEqualTo("/own");
				assertThat(request.status()).isEqualTo(200);
			});
		});
	}

	@Test
	void aFailingFormatterOfTheApplicationNeverFailsTheRequest() {
		RequestLineFormatter failing = new RequestLineFormatter() {

			@Override
			public String message(LoggedRequest request) {
				throw new IllegalStateException("broken format");
			}

			@Override
			public Map<String, Object> keyValues(LoggedRequest request) {
				throw new IllegalStateException("broken format");
			}

		};
		this.runner.withBean(RequestLineFormatter.class, () -> failing).run((context) -> {
			MockHttpServletResponse response = new MockHttpServletResponse();
			context.getBean(FilterRegistrationBean.class)
				.getFilter()
				.doFilter(new MockHttpServletRequest("GET", "/own"), response, (request, res) -> {
				});
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("X-Request-Id")).isNotBlank();
		});
	}

	private static void serve(FilterRegistrationBean<?> registration, MockHttpServletRequest request)
			throws Exception {
		registration.getFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
		});
	}

	@Test
	void countsSlowRequestsInTheApplicationsMeterRegistry() {
		this.runner.withBean(SimpleMeterRegistry.class).run((context) -> {
			assertThat(context).hasSingleBean(MicrometerSlowRequestCounter.class);
			assertThat(context.getBean(MeterRegistry.class).get(MicrometerSlowRequestCounter.METER_NAME).counter().count())
				.isZero();
		});
	}

	@Test
	void countsNoSlowRequestsWithoutAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).hasBean("vigilRequestLogFilter")
			.doesNotHaveBean(SlowRequestCounter.class));
	}

	@Test
	void countsNoSlowRequestsWithoutMicrometer() {
		this.runner.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("vigilRequestLogFilter")
				.doesNotHaveBean(SlowRequestCounter.class));
	}

	@Test
	void failsOnANegativeSlowThreshold() {
		assertInvalid("vigil.requests.slow-threshold=-1s", "vigil.requests.slow-threshold",
				"Accepted: a duration of zero or more");
	}

	@Test
	void failsOnANegativeOrHugeMaxBodySize() {
		assertInvalid("vigil.requests.max-body-size=-1KB", "vigil.requests.max-body-size",
				"Accepted: a data size from 0B to 2GB");
		assertInvalid("vigil.requests.max-body-size=3GB", "vigil.requests.max-body-size",
				"Accepted: a data size from 0B to 2GB");
	}

	@Test
	void failsOnARequestIdHeaderThatIsNotAHeaderName() {
		assertInvalid("vigil.requests.request-id-header=X Request Id", "vigil.requests.request-id-header",
				"Accepted: an HTTP header name");
		assertInvalid("vigil.requests.request-id-header=X-Id:", "vigil.requests.request-id-header",
				"Accepted: an HTTP header name");
		assertInvalid("vigil.requests.request-id-header=", "vigil.requests.request-id-header",
				"Accepted: an HTTP header name");
	}

	@Test
	void failsOnAMissingIncomingRequestIdMode() {
		RequestLogProperties properties = new RequestLogProperties();
		properties.setIncomingRequestId(null);
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> new RequestLogFilter(properties))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("vigil.requests.incoming-request-id"))
			.withMessageContaining("Accepted: one of trust, ignore, keep-separate");
	}

	@Test
	void failsOnAnEmptyOrMalformedExcludePattern() {
		assertInvalid("vigil.requests.exclude[0]=", "vigil.requests.exclude[0]",
				"Accepted: a path pattern starting with '/'");
		assertInvalid("vigil.requests.exclude=/ok,actuator/**", "vigil.requests.exclude[1]",
				"Accepted: a path pattern starting with '/'");
		assertInvalid("vigil.requests.exclude=/files/{name", "vigil.requests.exclude[0]",
				"Accepted: a path pattern starting with '/'");
	}

	@Test
	void failsOnABlankMaskName() {
		assertInvalid("vigil.requests.mask[0]= ", "vigil.requests.mask[0]", "Accepted: a header, parameter or field");
	}

	@Test
	void acceptsZeroForSizeAndThreshold() {
		this.runner.withPropertyValues("vigil.requests.max-body-size=0", "vigil.requests.slow-threshold=0ms",
				"vigil.requests.include-body=true", "vigil.requests.exclude=", "vigil.requests.mask=")
			.run((context) -> assertThat(context).hasNotFailed().hasBean("vigilRequestLogFilter"));
	}

	private void assertInvalid(String property, String name, String accepted) {
		this.runner.withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.satisfies((ex) -> {
					InvalidConfigurationPropertyValueException invalid = (InvalidConfigurationPropertyValueException) ex;
					assertThat(invalid.getName()).isEqualTo(name);
					assertThat(invalid.getReason()).contains(accepted);
				});
		});
	}

	private record RecordingMasker(List<String> paths) implements RequestMasker {

		@Override
		public String maskPath(String path) {
			this.paths.add(path);
			return path;
		}

		@Override
		public String maskQuery(String query) {
			return query;
		}

		@Override
		public boolean isSecretHeader(String name) {
			return false;
		}

		@Override
		public String maskBody(String body, @Nullable String contentType) {
			return body;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRegistration {

		@Bean
		FilterRegistrationBean<RequestLogFilter> ownRegistration() {
			FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(
					new RequestLogFilter(new RequestLogProperties()));
			registration.setOrder(42);
			return registration;
		}

	}

}
