package dev.vigil.requests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import dev.vigil.VigilMdc;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A small web application for the request logging tests: endpoints for every kind of
 * completion, a filter behind the request log filter that throws, and a probe in front of it
 * that records any request id left in the MDC.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RequestLogTestApplication.TestController.class)
class RequestLogTestApplication {

	/** How long async endpoints wait before they complete. */
	static final long ASYNC_DELAY_MS = 200;

	@Bean
	FilterRegistrationBean<ThrowingFilter> throwingFilter() {
		FilterRegistrationBean<ThrowingFilter> registration = new FilterRegistrationBean<>(new ThrowingFilter());
		registration.setOrder(RequestLogFilter.ORDER + 5);
		return registration;
	}

	@Bean
	MdcProbe mdcProbe() {
		return new MdcProbe();
	}

	@Bean
	FilterRegistrationBean<MdcProbe> mdcProbeRegistration(MdcProbe probe) {
		FilterRegistrationBean<MdcProbe> registration = new FilterRegistrationBean<>(probe);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Runs outside the request log filter and records every request id it finds in the MDC
	 * before or after it: there should never be one.
	 */
	static class MdcProbe extends OncePerRequestFilter {

		final List<String> leaks = new CopyOnWriteArrayList<>();

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			check("before " + request.getRequestURI());
			try {
				chain.doFilter(request, response);
			}
			finally {
				check("after " + request.getRequestURI());
			}
		}

		private void check(String where) {
			String requestId = MDC.get(VigilMdc.REQUEST_ID);
			if (requestId != null) {
				this.leaks.add(where + " on " + Thread.currentThread().getName() + ": " + requestId);
			}
		}

	}

	/**
	 * A filter of the application that fails after the request log filter has passed the
	 * request on.
	 */
	static class ThrowingFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			switch (request.getRequestURI()) {
				case "/filter-boom" -> throw new IllegalStateException("filter failed near the vault, key=hunter2");
				case "/client-gone" -> throw new IOException("Broken pipe");
				default -> chain.doFilter(request, response);
			}
		}

	}

	@RestController
	static class TestController {

		private static final Logger logger = LoggerFactory.getLogger(TestController.class);

		@GetMapping("/hello")
		String hello(@RequestParam(defaultValue = "world") String name) {
			logger.info("Saying hello to someone");
			return "Hello " + name;
		}

		@GetMapping("/status/{code}")
		ResponseEntity<String> status(@PathVariable int code) {
			return ResponseEntity.status(code).body("status " + code);
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("controller failed, password=hunter2");
		}

		@GetMapping("/callable")
		Callable<ResponseEntity<String>> callable() {
			return () -> {
				TimeUnit.MILLISECONDS.sleep(ASYNC_DELAY_MS);
				logger.info("Computing in a callable");
				return ResponseEntity.status(201).body("callable");
			};
		}

		@GetMapping("/callable-boom")
		Callable<String> callableBoom() {
			return () -> {
				throw new IllegalStateException("callable failed");
			};
		}

		@GetMapping("/deferred")
		DeferredResult<ResponseEntity<String>> deferred() {
			DeferredResult<ResponseEntity<String>> result = new DeferredResult<>();
			CompletableFuture.delayedExecutor(ASYNC_DELAY_MS, TimeUnit.MILLISECONDS)
				.execute(() -> result.setResult(ResponseEntity.status(202).body("deferred")));
			return result;
		}

		@GetMapping("/streaming")
		ResponseEntity<StreamingResponseBody> streaming() {
			return ResponseEntity.status(203).body((out) -> {
				try {
					TimeUnit.MILLISECONDS.sleep(ASYNC_DELAY_MS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				out.write("streamed".getBytes(StandardCharsets.UTF_8));
			});
		}

		@PostMapping(path = "/echo", consumes = { "application/json", "application/xml", "text/plain" })
		String echo(@RequestBody String body) {
			return "read " + body.length() + " chars";
		}

		@PostMapping(path = "/form", consumes = "application/x-www-form-urlencoded")
		String form(@RequestParam MultiValueMap<String, String> form) {
			return "read " + form.size() + " fields";
		}

		@PostMapping(path = "/ignore-body")
		String ignoreBody() {
			return "not read";
		}

	}

}
