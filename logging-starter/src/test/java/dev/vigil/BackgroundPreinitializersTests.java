package dev.vigil;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Spring Boot swallows whatever a background preinitializer throws, so a broken one would only
 * make the start slower, silently: each of Vigil's is registered and runs through.
 */
class BackgroundPreinitializersTests {

	private final List<BackgroundPreinitializer> vigil = SpringFactoriesLoader.forDefaultResourceLocation()
		.load(BackgroundPreinitializer.class)
		.stream()
		.filter((preinitializer) -> preinitializer.getClass().getName().startsWith("dev.vigil."))
		.toList();

	@Test
	void fileLoggingErrorHandlingHealthAndRequestLoggingAreRegistered() {
		assertThat(this.vigil).extracting((preinitializer) -> preinitializer.getClass().getSimpleName())
			.containsExactly("FileLoggingBackgroundPreinitializer", "ErrorHandlingBackgroundPreinitializer",
					"LoggingHealthBackgroundPreinitializer", "RequestLogBackgroundPreinitializer");
	}

	@Test
	void eachRunsThroughWithoutAnException() {
		for (BackgroundPreinitializer preinitializer : this.vigil) {
			assertThatNoException().as(preinitializer.getClass().getSimpleName())
				.isThrownBy(preinitializer::preinitialize);
		}
	}

}
