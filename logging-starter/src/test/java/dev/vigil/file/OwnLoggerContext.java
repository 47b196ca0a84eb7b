package dev.vigil.file;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.MDC;

import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * A Logback {@link LoggerContext} of a test's own, so that the test cannot disturb the logging
 * of the test JVM, with Vigil's log files attached to it as the application would. After each
 * test the files are detached and the context is stopped.
 */
final class OwnLoggerContext implements AfterEachCallback {

	private final LoggerContext context = new LoggerContext();

	private final List<RollingFiles> attached = new ArrayList<>();

	OwnLoggerContext() {
		this.context.setMDCAdapter(MDC.getMDCAdapter());
	}

	LoggerContext context() {
		return this.context;
	}

	RollingFiles attach(FileLoggingProperties properties) {
		return attach(properties, new MockEnvironment());
	}

	RollingFiles attach(FileLoggingProperties properties, Environment environment) {
		RollingFiles files = RollingFiles.attach(properties, new LogFileEncoders(this.context, properties, environment));
		this.attached.add(files);
		return files;
	}

	/**
	 * Detaches the files and stops the context; for a test that must do so before its own
	 * clean-up.
	 */
	void detach() {
		this.attached.forEach(RollingFiles::destroy);
		this.attached.clear();
		this.context.stop();
	}

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		detach();
	}

}
