package dev.vigil.requests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request line carries the status the client got, also when an error dispatch changes it
 * after the application's own dispatch: behind Spring Security with Spring Boot's defaults, a
 * POST without a CSRF token is denied with 403, and the error dispatch that follows, which is
 * not authenticated, answers 401.
 */
@SpringBootTest(classes = { RequestLogTestApplication.class, RequestLineFinalStatusTests.BootDefaultSecurity.class },
		webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestLineFinalStatusTests extends RequestLogServerTests {

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("ann:ann-password".getBytes(StandardCharsets.UTF_8));

	@Test
	void logsTheStatusOfTheErrorDispatchThatAnsweredTheClient() {
		int status = this.client.post("/hello", "text/plain", "hi", "Authorization", CREDENTIALS, "X-Request-Id",
				"csrf-denied")
			.statusCode();
		assertThat(status).isEqualTo(401);
		assertThat(this.appLog.awaitRequestLine("csrf-denied")).contains("POST /hello -> 401 in ");
		assertThat(this.appLog.requestLines("csrf-denied")).hasSize(1);
	}

	@Test
	void logsTheStatusOfRequestsWithoutAnErrorDispatchAsBefore() {
		assertThat(this.client.get("/hello", "Authorization", CREDENTIALS, "X-Request-Id", "authenticated")
			.statusCode()).isEqualTo(200);
		assertThat(this.client.get("/hello", "X-Request-Id", "anonymous").statusCode()).isEqualTo(401);
		assertThat(this.appLog.awaitRequestLine("authenticated")).contains("GET /hello -> 200 in ");
		assertThat(this.appLog.awaitRequestLine("anonymous")).contains("GET /hello -> 401 in ");
	}

	/**
	 * What Spring Boot's security auto-configuration sets up (not on this module's test class
	 * path, where it would secure every other test application): every request authenticated,
	 * form login and HTTP basic, the filter chain at order -100 for every dispatcher type.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class BootDefaultSecurity {

		@Bean
		SecurityFilterChain defaultSecurityFilterChain(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			http.formLogin(Customizer.withDefaults());
			http.httpBasic(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("ann").password("{noop}ann-password").roles("USER").build());
		}

		@Bean
		DelegatingFilterProxyRegistrationBean securityFilterChainRegistration() {
			DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
					"springSecurityFilterChain");
			registration.setOrder(-100);
			registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
			return registration;
		}

	}

}
