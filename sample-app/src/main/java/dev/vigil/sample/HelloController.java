package dev.vigil.sample;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints of the sample: one that works and one that fails.
 */
@RestController
class HelloController {

	private static final Logger logger = LoggerFactory.getLogger(HelloController.class);

	@GetMapping("/hello")
	Map<String, String> hello() {
		logger.info("Saying hello");
		return Map.of("message", "Hello, world!");
	}

	@GetMapping("/cause-error")
	Map<String, String> causeError() {
		throw new IllegalStateException("Something went wrong while handling /cause-error");
	}

}
