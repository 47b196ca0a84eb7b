package dev.vigil.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

/**
 * A web application that uses Vigil with its defaults.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the sample. With {@code -Dsample.startup-steps=true} Spring records the steps of
	 * the start (which bean took how long), for the {@code startup} actuator endpoint that
	 * {@code scripts/startup-steps} reads.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		if (Boolean.getBoolean("sample.startup-steps")) {
			application.setApplicationStartup(new BufferingApplicationStartup(20_000));
		}
		application.run(args);
	}

}
