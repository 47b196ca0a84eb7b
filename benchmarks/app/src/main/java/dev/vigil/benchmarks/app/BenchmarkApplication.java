package dev.vigil.benchmarks.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

/**
 * The application that the load and startup scripts in {@code scripts/} measure: the sample
 * app's {@code GET /hello} and a realistic {@code GET /orders} with the sample's dependencies
 * and Vigil's defaults, and the variants the scripts compare it with (the profiles
 * {@code commons-request-logging}, {@code logbook} and {@code security-headers}). It lives here
 * so that the sample shows only Vigil's features.
 */
@SpringBootApplication
public class BenchmarkApplication {

	/**
	 * Starts the application. With {@code -Dbenchmark.startup-steps=true} Spring records the
	 * steps of the start (which bean took how long), for the {@code startup} actuator endpoint
	 * that {@code scripts/startup-steps} reads.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BenchmarkApplication.class);
		if (Boolean.getBoolean("benchmark.startup-steps")) {
			application.setApplicationStartup(new BufferingApplicationStartup(20_000));
		}
		application.run(args);
	}

}
