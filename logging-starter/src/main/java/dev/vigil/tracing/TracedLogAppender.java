package dev.vigil.tracing;

import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.vigil.VigilMdc;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import org.jspecify.annotations.Nullable;

/**
 * OpenTelemetry's Logback appender as Vigil installs it: the SLF4J key-value pairs of an event
 * (those of the request line, already masked) as attributes, Vigil's MDC keys as attributes, and
 * the trace of the MDC for an event logged after its span has ended on the thread, such as the
 * request line that is written when the servlet container ends the request.
 */
final class TracedLogAppender extends OpenTelemetryAppender {

	static final String NAME = "VIGIL_OTLP";

	TracedLogAppender(LoggerContext context, OpenTelemetry openTelemetry) {
		setContext(context);
		setName(NAME);
		setOpenTelemetry(openTelemetry);
		setCaptureKeyValuePairAttributes(true);
		setCaptureMdcAttributes(
				String.join(",", VigilMdc.REQUEST_ID, VigilMdc.INCOMING_REQUEST_ID, VigilMdc.ERROR_ID));
	}

	@Override
	protected void append(ILoggingEvent event) {
		SpanContext logged = loggedIn(event);
		if (logged == null || Span.current().getSpanContext().isValid()) {
			super.append(event);
			return;
		}
		try (Scope scope = Context.root().with(Span.wrap(logged)).makeCurrent()) {
			super.append(event);
		}
	}

	private static @Nullable SpanContext loggedIn(ILoggingEvent event) {
		Map<String, String> mdc = event.getMDCPropertyMap();
		String traceId = mdc.get(VigilMdc.TRACE_ID);
		String spanId = mdc.get(VigilMdc.SPAN_ID);
		if (traceId == null || spanId == null) {
			return null;
		}
		SpanContext context = SpanContext.create(traceId, spanId, TraceFlags.getDefault(), TraceState.getDefault());
		return context.isValid() ? context : null;
	}

}
