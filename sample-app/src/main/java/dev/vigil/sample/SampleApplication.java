package dev.vigil.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web application that uses Vigil with its defaults.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the sample.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
