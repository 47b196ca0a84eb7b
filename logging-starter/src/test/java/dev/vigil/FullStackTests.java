package dev.vigil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.vigil.errors.ErrorGroup;
import dev.vigil.errors.ErrorRegistry;
import dev.vigil.file.RollingFiles;
import dev.vigil.test.TestClient;
import dev.vigil.test.TestClient.Response;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every feature on at once, as an application gets them from the starter: one request id from
 * the response header to the problem body to the log lines, one log entry per failure whichever
 * way it failed, and the failure in the registry.
 */
@SpringBootTest(classes = FullStackTests.TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class FullStackTests {

	static final Path LOGS = temporaryDirectory();

	private static final String SECRET = "password=hunter2";

	@Value("${local.server.port}")
	int port;

	@Autowired
	ErrorRegistry registry;

	@Autowired
	RollingFiles files;

	@DynamicPropertySource
	static void logs(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", LOGS::toString);
	}

	@BeforeEach
	void clearRegistry() {
		this.registry.clear();
	}

	@Test
	void controllerFailureCarriesOneRequestIdEverywhereAndIsLoggedOnce() throws Exception {
		Response response = get("/boom", "full-1");
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		String errorId = problem.path("errorId").asString();
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("full-1");
		assertThat(problem.path("requestId").asString()).isEqualTo("full-1");
		assertThat(response.body()).doesNotContain(SECRET, "IllegalStateException");
		assertOneErrorEntry(errorId, "full-1", "GET /boom");
		assertThat(requestLine("full-1")).contains("GET /boom -> 500", " WARN ");
		assertThat(this.registry.groups()).singleElement()
			.satisfies((group) -> assertThat(group.lastErrorId()).isEqualTo(errorId));
	}

	@Test
	void filterFailureGetsTheSameProblemAndIsLoggedOnceAndRecorded() throws Exception {
		Response response = get("/hello?fail-in-filter=true", "full-2");
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		String errorId = problem.path("errorId").asString();
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(problem.path("requestId").asString()).isEqualTo("full-2");
		assertThat(problem.path("instance").asString()).isEqualTo("/hello");
		assertThat(problem.path("detail").asString()).isEqualTo("An unexpected error occurred. Reference: " + errorId);
		assertThat(response.body()).doesNotContain(SECRET, "IllegalStateException");
		assertOneErrorEntry(errorId, "full-2", "GET /hello");
		assertThat(requestLine("full-2")).contains("GET /hello?fail-in-filter=true -> 500");
		List<ErrorGroup> groups = this.registry.groups();
		assertThat(groups).singleElement().satisfies((group) -> assertThat(group.lastErrorId()).isEqualTo(errorId));
	}

	@Test
	void linesWrittenWhileServingCarryTheRequestId() throws Exception {
		get("/hello", "full-3");
		assertThat(appLog())
			.anyMatch((line) -> line.contains("[full-3] - saying hello"));
	}

	private List<String> appLog() throws IOException {
		return Files.readAllLines(LOGS.resolve("app.log"));
	}

	private void assertOneErrorEntry(String errorId, String requestId, String request) throws IOException {
		String errorLog = Files.readString(LOGS.resolve("error.log"));
		assertThat(errorLog).containsOnlyOnce("errorId=" + errorId)
			.contains("errorId=" + errorId + " requestId=" + requestId + " " + request);
		long entries = errorLog.lines().filter((line) -> line.contains("[" + requestId + "]")).count();
		assertThat(entries).as("error.log entries of request %s", requestId).isEqualTo(1);
	}

	/**
	 * The one request line of a request: written when the request completes, which for the
	 * client may be a moment after it has read the response, so it is awaited.
	 */
	private String requestLine(String requestId) {
		List<String> lines = await().atMost(Duration.ofSeconds(10))
			.until(() -> appLog().stream()
				.filter((line) -> line.contains("dev.vigil.requests") && line.endsWith("requestId=" + requestId))
				.toList(), (found) -> !found.isEmpty());
		assertThat(lines).as("request lines of %s", requestId).hasSize(1);
		return lines.get(0);
	}

	private Response get(String path, String requestId) {
		return new TestClient(this.port).get(path, "X-Request-Id", requestId);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("vigil-full-stack");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(TestApplication.Endpoints.class)
	static class TestApplication {

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> failingFilter() {
			return new FilterRegistrationBean<>(new OncePerRequestFilter() {

				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					if (request.getParameter("fail-in-filter") != null) {
						throw new IllegalStateException("filter failed " + SECRET);
					}
					chain.doFilter(request, response);
				}

			});
		}

		@RestController
		static class Endpoints {

			private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(Endpoints.class);

			@GetMapping("/hello")
			String hello() {
				logger.info("saying hello");
				return "hello";
			}

			@GetMapping("/boom")
			String boom() {
				throw new IllegalStateException("controller failed " + SECRET);
			}

		}

	}

}
