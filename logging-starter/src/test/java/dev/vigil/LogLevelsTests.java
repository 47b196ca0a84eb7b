package dev.vigil;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.LogLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LogLevelsTests {

	@Test
	void fatalIsErrorAsSpringBootMapsItForLogback() {
		assertThat(LogLevels.slf4j(LogLevel.FATAL)).isEqualTo(org.slf4j.event.Level.ERROR);
		assertThat(LogLevels.logback(LogLevel.FATAL)).isEqualTo(ch.qos.logback.classic.Level.ERROR);
	}

	@Test
	void offLogsNothing() {
		assertThat(LogLevels.slf4j(LogLevel.OFF)).isNull();
		assertThat(LogLevels.logback(LogLevel.OFF)).isEqualTo(ch.qos.logback.classic.Level.OFF);
	}

	@Test
	void everyOtherLevelKeepsItsName() {
		for (LogLevel level : new LogLevel[] { LogLevel.TRACE, LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN,
				LogLevel.ERROR }) {
			assertThat(LogLevels.slf4j(level)).hasToString(level.name());
			assertThat(LogLevels.logback(level)).hasToString(level.name());
		}
	}

	@Test
	void aLevelThePropertyDoesNotTakeIsReportedWithTheAcceptedOnesInLowerCase() {
		assertThatNoException().isThrownBy(() -> LogLevels.requireOneOf("vigil.x", LogLevel.WARN, LogLevel.ERROR,
				LogLevel.WARN));
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> LogLevels.requireOneOf("vigil.x", LogLevel.INFO, LogLevel.ERROR, LogLevel.WARN))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("vigil.x");
				assertThat(ex.getValue()).isEqualTo("info");
				assertThat(ex.getReason()).isEqualTo("Accepted: one of error, warn.");
			});
	}

}
