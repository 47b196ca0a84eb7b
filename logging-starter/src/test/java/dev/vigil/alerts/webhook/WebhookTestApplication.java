package dev.vigil.alerts.webhook;

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
 * A web application whose code logs an error on every {@code GET /payments/{id}}, each id an
 * error of its own kind (its own fingerprint), so that flood control holds none back.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebhookTestApplication.PaymentController.class)
class WebhookTestApplication {

	@RestController
	static class PaymentController {

		@GetMapping("/payments/{id}")
		Map<String, Object> payment(@PathVariable int id) {
			Logger logger = LoggerFactory.getLogger("com.example.shop.Payments" + id);
			logger.error("Payment {} could not be captured", id);
			return Map.of("id", id, "status", "pending");
		}

	}

}
