package dev.vigil.benchmarks.app;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A variant for the request-path measurements (scripts/request-cost): the response headers
 * most applications send anyway, as Spring Security's headers filter writes them. The bare
 * app sends none, and Spring Framework 7 reads a servlet response's headers through an
 * adapter that costs more once there is any: with this profile, Vigil's X-Request-Id header is
 * measured as in such an application instead of as the first header of the response.
 */
@Configuration(proxyBeanMethods = false)
@Profile("security-headers")
class SecurityHeadersConfiguration {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.setHeader("X-Content-Type-Options", "nosniff");
						response.setHeader("X-Frame-Options", "DENY");
						response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
						chain.doFilter(request, response);
					}

				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

}
