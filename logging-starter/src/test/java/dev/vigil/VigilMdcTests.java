package dev.vigil;

import org.junit.jupiter.api.Test;

import dev.vigil.requests.RequestLogFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link VigilMdc}.
 */
class VigilMdcTests {

	@Test
	void keysKeepTheNamesLogPatternsUse() {
		assertThat(VigilMdc.REQUEST_ID).isEqualTo("requestId");
		assertThat(VigilMdc.INCOMING_REQUEST_ID).isEqualTo("incomingRequestId");
		assertThat(VigilMdc.ERROR_ID).isEqualTo("errorId");
	}

	@Test
	@SuppressWarnings("removal")
	void deprecatedConstantsStillNameTheSameKeys() {
		assertThat(RequestLogFilter.MDC_KEY).isEqualTo(VigilMdc.REQUEST_ID);
		assertThat(RequestLogFilter.INCOMING_MDC_KEY).isEqualTo(VigilMdc.INCOMING_REQUEST_ID);
		assertThat(ErrorId.MDC_KEY).isEqualTo(VigilMdc.ERROR_ID);
	}

}
