package dev.vigil.benchmarks.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.filter.CommonsRequestLoggingFilter;

/**
 * The variant "commons" of the request-logging benchmark (scripts/bench-peers): Spring's own
 * {@link CommonsRequestLoggingFilter} writing to Spring Boot's rolling file, Vigil switched off.
 */
@Configuration(proxyBeanMethods = false)
@Profile("commons-request-logging")
class CommonsRequestLoggingConfiguration {

	@Bean
	CommonsRequestLoggingFilter commonsRequestLoggingFilter() {
		CommonsRequestLoggingFilter filter = new CommonsRequestLoggingFilter();
		filter.setIncludeQueryString(true);
		filter.setIncludeClientInfo(true);
		return filter;
	}

}
