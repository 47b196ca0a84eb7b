package dev.vigil.errors;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.slf4j.MDC;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * A web application failing in every way the error handling must answer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ ErrorTestApplication.FailingController.class, ErrorTestApplication.ApplicationAdvice.class })
class ErrorTestApplication {

	/**
	 * Looks like something that must never reach a client.
	 */
	static final String SECRET = "password=hunter2 at jdbc:postgresql://db.internal:5432/prod";

	@Bean
	FilterRegistrationBean<TestFilter> testFilter() {
		return new FilterRegistrationBean<>(new TestFilter());
	}

	@RestController
	static class FailingController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/other-boom")
		String otherBoom() {
			throw new IllegalArgumentException("another failure");
		}

		@GetMapping("/annotated")
		String annotated() {
			throw new AlreadyPlacedException();
		}

		@GetMapping("/teapot")
		String teapot() {
			throw new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT, "No coffee here");
		}

		@GetMapping("/quota")
		String quota() {
			throw new QuotaExceededException();
		}

		@GetMapping("/unavailable")
		String unavailable() {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}

		@GetMapping("/mapped")
		String mapped() {
			throw new OrderConflictException(SECRET);
		}

		@GetMapping("/wrapped")
		String wrapped() {
			throw new IllegalStateException("wrapper", new OrderConflictException(SECRET));
		}

		@GetMapping("/payment")
		String payment() {
			throw new PaymentRequiredException();
		}

		@GetMapping("/disconnected")
		String disconnected() throws IOException {
			throw new IOException("Broken pipe");
		}

		@GetMapping("/items/{id}")
		String item(@PathVariable long id) {
			return "item " + id;
		}

		@GetMapping("/search")
		String search(@RequestParam String q) {
			return "found " + q;
		}

		@GetMapping("/pages")
		String pages(@RequestParam @Min(1) int size) {
			return "size " + size;
		}

		@GetMapping("/count")
		String count(@RequestParam int n) {
			return "count " + n;
		}

		@GetMapping("/filter")
		String filter(@Valid Criteria criteria) {
			return "filter " + criteria.n();
		}

		@GetMapping(path = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
		Map<String, String> report() {
			return Map.of("report", "ok");
		}

		@PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
		Order order(@Valid @RequestBody Order order) {
			return order;
		}

	}

	record Order(@NotBlank String item, @Min(1) int quantity) {
	}

	record Criteria(@Min(1) int n) {
	}

	@ResponseStatus(code = HttpStatus.CONFLICT, reason = "Order already placed")
	static class AlreadyPlacedException extends RuntimeException {

		AlreadyPlacedException() {
			super(SECRET);
		}

	}

	static class QuotaExceededException extends RuntimeException implements ErrorResponse {

		private final ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Quota of 100 orders per hour exceeded");

		QuotaExceededException() {
			super(SECRET);
			this.body.setType(URI.create("https://example.com/problems/quota"));
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.TOO_MANY_REQUESTS;
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, "60");
			return headers;
		}

		@Override
		public ProblemDetail getBody() {
			return this.body;
		}

	}

	static class PaymentRequiredException extends RuntimeException {

	}

	/**
	 * The application's own advice, which must win over Vigil's.
	 */
	@RestControllerAdvice
	static class ApplicationAdvice {

		@ExceptionHandler(PaymentRequiredException.class)
		ResponseEntity<Map<String, String>> paymentRequired() {
			return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).body(Map.of("handledBy", "application"));
		}

	}

	/**
	 * Fails outside Spring MVC, and stands in for the request-logging filter's request id.
	 */
	static class TestFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String mdcRequestId = request.getHeader("X-Test-Mdc-Request-Id");
			String attributeRequestId = request.getHeader("X-Test-Attribute-Request-Id");
			if (attributeRequestId != null) {
				request.setAttribute(dev.vigil.requests.RequestLogFilter.REQUEST_ID_ATTRIBUTE, attributeRequestId);
			}
			if (mdcRequestId != null) {
				MDC.put(dev.vigil.VigilMdc.REQUEST_ID, mdcRequestId);
			}
			try {
				switch (request.getRequestURI()) {
					case "/filter-failure" -> throw new IllegalStateException(SECRET);
					case "/filter-denied" -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
					case "/filter-unavailable" -> response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
					default -> chain.doFilter(request, response);
				}
			}
			finally {
				MDC.remove(dev.vigil.VigilMdc.REQUEST_ID);
			}
		}

	}

}
