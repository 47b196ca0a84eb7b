package dev.vigil.page;

import dev.vigil.errors.ErrorHandlingAutoConfiguration;
import dev.vigil.errors.ErrorPipelineAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the errors page exists: exposed over HTTP, in a servlet web application whose errors
 * Vigil records.
 */
class ErrorsPageAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ErrorsPageAutoConfiguration.class,
				ErrorHandlingAutoConfiguration.class, ErrorPipelineAutoConfiguration.class,
				EndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class))
		.withPropertyValues("vigil.file.enabled=false");

	@Test
	void isNotThereByDefault() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ErrorsPageEndpoint.class));
	}

	@Test
	void isThereWhenExposed() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=vigil")
			.run((context) -> assertThat(context).hasSingleBean(ErrorsPageEndpoint.class));
	}

	@Test
	void isNotThereWhenItsAccessIsNone() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=vigil",
					"management.endpoint.vigil.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorsPageEndpoint.class));
	}

	@Test
	void isNotThereWithoutTheErrorRegistry() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=vigil", "vigil.errors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorsPageEndpoint.class));
	}

	@Test
	void isNotThereWhenVigilIsDisabled() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=vigil", "vigil.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorsPageEndpoint.class));
	}

	@Test
	void isNotThereWithoutTheActuator() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=vigil")
			.withClassLoader(new FilteredClassLoader(WebEndpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorsPageEndpoint.class));
	}

	@Test
	void isNotThereOutsideOfAServletWebApplication() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ErrorsPageAutoConfiguration.class,
					ErrorPipelineAutoConfiguration.class, EndpointAutoConfiguration.class))
			.withPropertyValues("vigil.file.enabled=false", "management.endpoints.web.exposure.include=vigil")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorsPageEndpoint.class));
	}

	@Test
	void backsOffForTheApplicationsOwnPage() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=vigil")
			.withBean("myErrorsPage", ErrorsPageEndpoint.class,
					() -> new ErrorsPageEndpoint(new dev.vigil.errors.ErrorRegistry(
							new dev.vigil.ErrorFingerprint(java.util.List.of()), 1),
							new dev.vigil.ErrorFingerprint(java.util.List.of()), null))
			.run((context) -> assertThat(context).hasSingleBean(ErrorsPageEndpoint.class).hasBean("myErrorsPage"));
	}

}
