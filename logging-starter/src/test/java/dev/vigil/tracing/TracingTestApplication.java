package dev.vigil.tracing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application traced by Spring Boot's OpenTelemetry support: one endpoint that logs, one
 * that fails.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TracingTestApplication.Orders.class)
class TracingTestApplication {

	@RestController
	static class Orders {

		private static final Logger logger = LoggerFactory.getLogger(Orders.class);

		@GetMapping("/orders/{id}")
		String order(@PathVariable String id) {
			logger.info("Order {} looked up", id);
			return "order " + id;
		}

		@GetMapping("/orders/{id}/fail")
		String fail(@PathVariable String id) {
			throw new IllegalStateException("Order " + id + " is stuck");
		}

	}

}
