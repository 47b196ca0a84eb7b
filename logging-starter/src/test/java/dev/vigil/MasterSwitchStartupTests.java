package dev.vigil;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot runs every registered background preinitializer at every start, before any
 * property is read, so one of Vigil's would run with {@code vigil.enabled=false} too.
 */
class MasterSwitchStartupTests {

	@Test
	void vigilRegistersNoBackgroundPreinitializer() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(BackgroundPreinitializer.class))
			.extracting((preinitializer) -> preinitializer.getClass().getName())
			.noneMatch((name) -> name.startsWith("dev.vigil."));
	}

}
