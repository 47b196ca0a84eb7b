package dev.vigil.alerts;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web application whose code logs an error on every {@code GET /orders/{id}}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(AlertsTestApplication.OrderController.class)
class AlertsTestApplication {

	@RestController
	static class OrderController {

		private static final Logger logger = LoggerFactory.getLogger("com.example.shop.OrderController");

		@GetMapping("/orders/{id}")
		Map<String, Object> order(@PathVariable int id) {
			logger.error("Order {} could not be loaded", id, new IllegalStateException("database down"));
			return Map.of("id", id, "status", "degraded");
		}

	}

}
