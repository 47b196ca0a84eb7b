package dev.vigil.sample;

import java.time.Duration;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint slower than {@code vigil.requests.slow-threshold} (default 1s), so that its
 * request line is written at WARN and marked {@code slow=true}.
 */
@RestController
class SlowController {

	private static final long MAX_MILLIS = 10_000;

	@GetMapping("/slow")
	Map<String, Object> slow(@RequestParam(defaultValue = "1500") long millis) throws InterruptedException {
		Duration pause = Duration.ofMillis(Math.max(0, Math.min(millis, MAX_MILLIS)));
		Thread.sleep(pause.toMillis());
		return Map.of("sleptMillis", pause.toMillis());
	}

}
