package dev.vigil.benchmarks.app;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request every load script sends: the sample app's {@code GET /hello}, which logs one
 * INFO line and answers a small JSON object.
 */
@RestController
class HelloController {

	private static final Logger logger = LoggerFactory.getLogger(HelloController.class);

	@GetMapping("/hello")
	Map<String, String> hello() {
		logger.info("Saying hello");
		return Map.of("message", "Hello, world!");
	}

}
