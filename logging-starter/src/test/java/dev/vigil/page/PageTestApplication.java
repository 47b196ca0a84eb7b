package dev.vigil.page;

import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application whose requests fail with the message they are given, and whose job logs an
 * ERROR with the input it is given: both carry untrusted text to the errors page.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PageTestApplication.FailingController.class)
class PageTestApplication {

	@RestController
	static class FailingController {

		@GetMapping("/orders/{id}")
		String order(@PathVariable String id, @RequestParam(defaultValue = "Order failed") String message) {
			throw new IllegalStateException(message);
		}

		@GetMapping("/payments")
		String payment(@RequestParam(defaultValue = "Payment failed") String message) {
			throw new UnsupportedOperationException(message);
		}

		@GetMapping("/jobs/run")
		String job(@RequestParam String input) {
			LoggerFactory.getLogger("com.example.PaymentJob").error("Payment rejected for {}", input);
			return "done";
		}

	}

}
