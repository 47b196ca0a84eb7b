package dev.vigil.page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's {@code EndpointRequest} covers the errors page, its data and its assets
 * like any other endpoint, and the page keeps its own security headers beside Security's.
 */
@Tag("spring-security")
class ErrorsPageSecurityTests {

	private static final String OPS = "Basic "
			+ Base64.getEncoder().encodeToString("olivia:on-call".getBytes(StandardCharsets.UTF_8));

	@Test
	void endpointRequestSecuresThePageItsDataAndItsAssets(@TempDir Path logs) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SecuredApplication.class)
			.properties("server.port=0", "management.endpoints.web.exposure.include=vigil",
					"vigil.file.directory=" + Files.createDirectories(logs))
			.run()) {
			TestClient http = TestClient.of(context);
			for (String path : new String[] { "/actuator/vigil", "/actuator/vigil/data", "/actuator/vigil/page.js" }) {
				assertThat(http.get(path).status()).as(path).isEqualTo(401);
				assertThat(http.get(path, "Authorization", OPS).status()).as(path).isEqualTo(200);
			}
			TestClient.Response page = http.get("/actuator/vigil", "Authorization", OPS, "Accept", "text/html");
			assertThat(page.headers().allValues("Content-Security-Policy"))
				.containsExactly(PageHeaders.CONTENT_SECURITY_POLICY);
			assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
			assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(PageTestApplication.FailingController.class)
	static class SecuredApplication {

		@Bean
		SecurityFilterChain management(HttpSecurity http) {
			return http.securityMatcher(EndpointRequest.toAnyEndpoint())
				.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("vigil"))
					.hasRole("OPS")
					.anyRequest()
					.denyAll())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("olivia").password("{noop}on-call").roles("OPS").build());
		}

	}

}
