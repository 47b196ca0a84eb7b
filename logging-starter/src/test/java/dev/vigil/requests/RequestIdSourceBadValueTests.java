package dev.vigil.requests;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An unknown value of {@code vigil.requests.request-id-source} stops the application at
 * startup with a report naming the property, the value and the values accepted, spelled as
 * the documentation spells them.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdSourceBadValueTests {

	@TempDir
	Path logs;

	@Test
	void unknownSourceFailsStartupNamingTheAcceptedSources(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(RequestLogTestApplication.class)
			.run("--server.port=0", "--vigil.file.directory=" + this.logs,
					"--vigil.requests.request-id-source=span")
			.close());
		assertThat(output).contains("APPLICATION FAILED TO START", "vigil.requests.request-id-source", "span",
				"one of header, trace, traceparent");
	}

}
