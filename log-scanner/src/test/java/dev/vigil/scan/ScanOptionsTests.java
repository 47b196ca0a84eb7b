package dev.vigil.scan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the scanner's command line.
 */
class ScanOptionsTests {

	// Half past noon in Paris (UTC+1 in November)
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T11:30:00Z"), ZoneId.of("Europe/Paris"));

	@Test
	void defaultsScanTheLogsDirectoryForErrors() throws ScanException {
		ScanOptions options = ScanOptions.parse(new String[0], CLOCK);
		assertThat(options.paths()).containsExactly("logs");
		assertThat(options.level()).isEqualTo(LogLevel.ERROR);
		assertThat(options.since()).isNull();
		assertThat(options.grep()).isNull();
		assertThat(options.summary()).isFalse();
		assertThat(options.json()).isFalse();
		assertThat(options.help()).isFalse();
	}

	@Test
	void optionsAndPathsComeInAnyOrder() throws ScanException {
		ScanOptions options = ScanOptions.parse(new String[] { "a.log", "--level", "warn", "--json", "dir",
				"--grep=x|y", "--summary", "--since=2h", "--", "--odd-name" }, CLOCK);
		assertThat(options.paths()).containsExactly("a.log", "dir", "--odd-name");
		assertThat(options.level()).isEqualTo(LogLevel.WARN);
		assertThat(options.grep().pattern()).isEqualTo("x|y");
		assertThat(options.summary()).isTrue();
		assertThat(options.json()).isTrue();
		assertThat(options.since()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			30s,                            2026-11-25T11:29:30Z
			15m,                            2026-11-25T11:15:00Z
			2h,                             2026-11-25T09:30:00Z
			1d,                             2026-11-24T11:30:00Z
			2026-11-25T08:00:00Z,           2026-11-25T08:00:00Z
			2026-11-25T08:00:00.5+02:00,    2026-11-25T06:00:00.500Z
			2026-11-25T08:00:00,            2026-11-25T07:00:00Z
			2026-11-25T08:00,               2026-11-25T07:00:00Z
			2026-11-25 08:00,               2026-11-25T07:00:00Z
			2026-11-25T08:00:00+01:00[Europe/Paris], 2026-11-25T07:00:00Z
			2026-11-25,                     2026-11-24T23:00:00Z
			""")
	void sinceIsADurationBeforeNowOrADateTimeInTheClocksZone(String value, String expected) throws ScanException {
		assertThat(ScanOptions.since(value, CLOCK)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "15", "15min", "-2h", "2026-02-30", "2026-11-25T25:00", "1w" })
	void sinceRejectsWhatItCannotRead(String value) {
		assertThatExceptionOfType(ScanException.class).isThrownBy(() -> ScanOptions.since(value, CLOCK))
			.withMessageStartingWith("--since: cannot read '" + value + "'");
	}

}
