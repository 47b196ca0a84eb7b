package dev.vigil.errors;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's 401 and 403 are problem responses like every other error, with the same
 * status and challenge, while an application's own entry point keeps its own answer.
 */
@Tag("spring-security")
class ProblemResponseSecurityTests {

	private static final String ALICE = "Basic "
			+ Base64.getEncoder().encodeToString("alice:wonderland".getBytes(StandardCharsets.UTF_8));

	@Test
	void missingCredentialsAre401ProblemWithTheChallenge() {
		try (ConfigurableApplicationContext context = run(SecuredApplication.class)) {
			TestClient.Response response = http(context).get("/hello", "X-Request-Id", "req-401");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Basic realm=\"Realm\""));
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.json().get("status").asInt()).isEqualTo(401);
			assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
			assertThat(response.json().get("instance").asString()).isEqualTo("/hello");
			assertThat(response.json().get("requestId").asString()).isEqualTo("req-401");
			assertThat(response.json().get("errorId").asString()).matches("[0-9a-z]{12}");
		}
	}

	@Test
	void authenticatedUserWithoutTheRoleIs403Problem() {
		try (ConfigurableApplicationContext context = run(SecuredApplication.class)) {
			TestClient http = http(context);
			assertThat(http.get("/hello", "Authorization", ALICE).body()).isEqualTo("hello alice");
			TestClient.Response response = http.get("/admin", "Authorization", ALICE, "X-Request-Id", "req-403");
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.json().get("title").asString()).isEqualTo("Forbidden");
			assertThat(response.json().get("instance").asString()).isEqualTo("/admin");
			assertThat(response.json().get("requestId").asString()).isEqualTo("req-403");
		}
	}

	@Test
	void applicationsOwnEntryPointKeepsItsAnswer() {
		try (ConfigurableApplicationContext context = run(OwnEntryPointApplication.class)) {
			TestClient.Response response = http(context).get("/hello");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/json");
			assertThat(response.body()).isEqualTo("{\"own\":true}");
		}
	}

	@Test
	void statusAndChallengeAreWhatSpringSecurityAnswersWithoutVigil() {
		List<String> withoutVigil = refusals(run(SecuredApplication.class, "vigil.enabled=false"));
		List<String> withVigil = refusals(run(SecuredApplication.class));
		assertThat(withVigil).isEqualTo(withoutVigil);
	}

	@Test
	void aRefusedErrorDispatchIsAnsweredWithTheStatusSecurityChoseForIt() {
		// A POST without a CSRF token is denied with 403; Security then refuses the error
		// dispatch of that 403 with a 401 challenge, which is what the client gets
		try (ConfigurableApplicationContext context = run(SecuredApplication.class)) {
			TestClient.Response response = http(context).post("/hello", "text/plain", "hi", "Authorization", ALICE,
					"X-Request-Id", "req-csrf");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(response.json().get("status").asInt()).isEqualTo(401);
			assertThat(response.json().get("requestId").asString()).isEqualTo("req-csrf");
		}
	}

	private static List<String> refusals(ConfigurableApplicationContext context) {
		try (context) {
			TestClient http = http(context);
			return List.of(refusal(http.get("/hello")), refusal(http.get("/admin", "Authorization", ALICE)),
					refusal(http.post("/hello", "text/plain", "hi", "Authorization", ALICE)));
		}
	}

	private static String refusal(TestClient.Response response) {
		return response.status() + " " + response.headers().firstValue("WWW-Authenticate").orElse("-");
	}

	private static ConfigurableApplicationContext run(Class<?> application, String... properties) {
		return new SpringApplicationBuilder(application)
			.properties("server.port=0", "vigil.file.enabled=false", "spring.jmx.enabled=false")
			.properties(properties)
			.run();
	}

	private static TestClient http(ConfigurableApplicationContext context) {
		return TestClient.of(context);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(HelloController.class)
	static class SecuredApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) {
			return http
				.authorizeHttpRequests((requests) -> requests.requestMatchers("/hello")
					.authenticated()
					.anyRequest()
					.hasRole("ADMIN"))
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("alice").password("{noop}wonderland").roles("USER").build());
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(HelloController.class)
	static class OwnEntryPointApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
					response.setStatus(401);
					response.setContentType("application/json");
					response.getWriter().write("{\"own\":true}");
				}))
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("alice").password("{noop}wonderland").roles("USER").build());
		}

	}

	@RestController
	static class HelloController {

		@GetMapping("/hello")
		String hello(java.security.Principal principal) {
			return "hello " + principal.getName();
		}

		@GetMapping("/admin")
		String admin() {
			return "admin";
		}

	}

}
