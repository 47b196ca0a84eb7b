package dev.vigil.errors;

import java.util.List;

import dev.vigil.ErrorFingerprint;
import dev.vigil.metrics.VigilMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When error handling is configured, and how each piece backs off.
 */
class ErrorHandlingAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ErrorHandlingAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ErrorMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				VigilMetricsAutoConfiguration.class));

	@Test
	void leavesContainerErrorsToTheRequestFilterWhenItIsOn() {
		this.runner.withConfiguration(AutoConfigurations.of(dev.vigil.requests.RequestLogAutoConfiguration.class))
			.withPropertyValues("vigil.file.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(ProblemErrorController.class)
				.hasBean("vigilRequestLogFilter")
				.doesNotHaveBean(ContainerErrorLogFilter.class));
	}

	@Test
	void replacesSpringBootsErrorControllerInAServletWebApplication() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ProblemExceptionHandler.class)
				.hasSingleBean(ProblemErrorController.class)
				.hasSingleBean(ErrorController.class)
				.doesNotHaveBean(BasicErrorController.class)
				.hasSingleBean(ErrorRegistry.class)
				.hasSingleBean(ErrorFingerprint.class)
				.hasSingleBean(ContainerErrorLogFilter.class);
			assertThat(context.getBean(ErrorRegistry.class).capacity()).isEqualTo(100);
		});
	}

	@Test
	void isTheOnlyProblemDetailsHandlerWhenSpringMvcsIsEnabledToo() {
		this.runner.withPropertyValues("spring.mvc.problemdetails.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(ResponseEntityExceptionHandler.class)
				.hasSingleBean(ProblemExceptionHandler.class));
	}

	@Test
	void isOffWithVigilErrorsDisabled() {
		this.runner.withPropertyValues("vigil.errors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class)
				.doesNotHaveBean(ErrorRegistry.class)
				.hasSingleBean(BasicErrorController.class));
	}

	@Test
	void isOffWithVigilDisabled() {
		this.runner.withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class)
				.hasSingleBean(BasicErrorController.class));
	}

	@Test
	void isOffOutsideAServletWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ErrorHandlingAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorRegistry.class)
				.doesNotHaveBean(ProblemExceptionHandler.class));
	}

	@Test
	void handlesWhatTheApplicationsOwnExceptionHandlerLeavesOut() {
		this.runner.withBean("applicationHandler", ApplicationExceptionHandler.class)
			.run((context) -> assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class))
				.containsOnlyKeys("applicationHandler", "problemExceptionHandler"));
	}

	@Test
	void backsOffForTheApplicationsOwnErrorController() {
		this.runner.withBean("applicationErrorController", ErrorController.class, () -> new ErrorController() {
		})
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemErrorController.class)
				.doesNotHaveBean(BasicErrorController.class)
				.doesNotHaveBean(ContainerErrorLogFilter.class)
				.hasSingleBean(ProblemExceptionHandler.class));
	}

	@Test
	void usesTheApplicationsOwnRegistry() {
		ErrorRegistry registry = new ErrorRegistry(new ErrorFingerprint(List.of()), 7);
		this.runner.withBean(ErrorRegistry.class, () -> registry)
			.run((context) -> assertThat(context.getBean(ErrorRegistry.class)).isSameAs(registry));
	}

	@Test
	void endpointExistsOnlyWhenExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ErrorsEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=errors")
			.run((context) -> assertThat(context).hasSingleBean(ErrorsEndpoint.class));
	}

	@Test
	void endpointNeedsActuator() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=errors")
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsEndpoint.class)
				.hasSingleBean(ProblemExceptionHandler.class));
	}

	@Test
	void countsErrorsWithAMeterRegistry() {
		this.runner.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context).hasSingleBean(MicrometerErrorCounter.class));
	}

	@Test
	void countsNothingWithoutAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ErrorCounter.class));
	}

	@Test
	void countsNothingWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorCounter.class)
				.hasSingleBean(ProblemExceptionHandler.class));
	}

	@Test
	void acceptsStatusesOfExistingExceptionClasses() {
		this.runner
			.withPropertyValues("vigil.errors.statuses.dev.vigil.errors.OrderConflictException=409",
					"vigil.errors.statuses.java.util.NoSuchElementException=404")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void rejectsStatusOfAnUnknownClass() {
		this.runner.withPropertyValues("vigil.errors.statuses.com.example.Missing=409")
			.run((context) -> assertInvalid(context.getStartupFailure(), "vigil.errors.statuses.com.example.Missing",
					"Class 'com.example.Missing' was not found. Accepted: the fully qualified name of an exception class"));
	}

	@Test
	void rejectsStatusOfAClassThatIsNotAnException() {
		this.runner.withPropertyValues("vigil.errors.statuses.java.lang.String=409")
			.run((context) -> assertInvalid(context.getStartupFailure(), "vigil.errors.statuses.java.lang.String",
					"Class 'java.lang.String' is not an exception. Accepted:"));
	}

	@Test
	void rejectsStatusOutsideTheHttpRange() {
		for (String status : new String[] { "99", "600" }) {
			this.runner.withPropertyValues("vigil.errors.statuses.java.lang.IllegalStateException=" + status)
				.run((context) -> assertInvalid(context.getStartupFailure(),
						"vigil.errors.statuses.java.lang.IllegalStateException",
						"Accepted: an HTTP status code from 100 to 599"));
		}
	}

	@Test
	void rejectsRecentCapacityBelowOne() {
		this.runner.withPropertyValues("vigil.errors.recent-capacity=0")
			.run((context) -> assertInvalid(context.getStartupFailure(), "vigil.errors.recent-capacity",
					"Accepted: a whole number of error groups, 1 or more"));
	}

	@Test
	void leavesErrorDispatchesAloneWithoutSpringSecurity() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean("vigilSecurityErrorResponseFilter"));
	}

	@Test
	void rejectsMaxFingerprintsBelowOne() {
		this.runner.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("vigil.errors.metrics.max-fingerprints=0")
			.run((context) -> assertInvalid(context.getStartupFailure(), "vigil.errors.metrics.max-fingerprints",
					"Accepted: a whole number of fingerprints, 1 or more"));
	}

	private static void assertInvalid(Throwable failure, String property, String reason) {
		assertThat(failure).isNotNull();
		Throwable cause = failure;
		while (!(cause instanceof InvalidConfigurationPropertyValueException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, (invalid) -> {
			assertThat(invalid.getName()).isEqualTo(property);
			assertThat(invalid.getReason()).contains(reason);
		});
	}

	static class ApplicationExceptionHandler extends ResponseEntityExceptionHandler {

	}

}
