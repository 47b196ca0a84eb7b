package dev.vigil.requests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the trace id out of a W3C {@code traceparent} header: only from a header that parses
 * as the Trace Context specification says, never a part of anything else.
 */
class TraceparentTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@ParameterizedTest
	@ValueSource(strings = { "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
			// a later version may add fields after its own dash
			"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-the-future-holds" })
	void aValidHeaderGivesItsTraceId(String header) {
		assertThat(Traceparent.traceId(header)).isEqualTo(TRACE_ID);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
			"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
			"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
			"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",
			"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g",
			"00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
			"0g-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e47\n6-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba9z2b7-01",
			" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" })
	void anInvalidHeaderGivesNone(String header) {
		assertThat(Traceparent.traceId(header)).isNull();
	}

}
