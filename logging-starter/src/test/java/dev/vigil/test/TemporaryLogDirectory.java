package dev.vigil.test;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that start an application with Vigil's log files in a temporary directory
 * of the test class ({@code vigil.file.directory}), so that each test class reads only what
 * its own application wrote.
 */
public abstract class TemporaryLogDirectory {

	@TempDir
	protected static Path logs;

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

}
