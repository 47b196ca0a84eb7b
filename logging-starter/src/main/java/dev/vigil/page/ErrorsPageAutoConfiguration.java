package dev.vigil.page;

import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.ErrorFingerprint;
import dev.vigil.errors.ErrorHandlingAutoConfiguration;
import dev.vigil.errors.ErrorRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the errors page, the actuator endpoint {@code vigil}: with the
 * actuator, in a servlet web application whose errors Vigil records
 * ({@code vigil.errors.enabled}), and only when the endpoint is available (exposed over HTTP
 * with {@code management.endpoints.web.exposure.include=vigil}, access not {@code none}).
 *
 * @author Vigil
 */
@AutoConfiguration(after = ErrorHandlingAutoConfiguration.class)
@ConditionalOnClass({ WebEndpoint.class, HealthContributors.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnVigilEnabled
@ConditionalOnBean(ErrorRegistry.class)
public final class ErrorsPageAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(ErrorsPageEndpoint.class)
	ErrorsPageEndpoint vigilErrorsPageEndpoint(ErrorRegistry errorRegistry, ErrorFingerprint errorFingerprint,
			ObjectProvider<HealthContributorRegistry> health) {
		return new ErrorsPageEndpoint(errorRegistry, errorFingerprint, health.getIfAvailable());
	}

}
