/**
 * Tracing: the OpenTelemetry Logback appender installed on the root logger, so that every log
 * event goes to the OTLP collector Spring Boot exports to. The trace ids in Vigil's files, request
 * lines, problems and registry come from the MDC keys of the tracing bridge
 * ({@link dev.vigil.VigilMdc#TRACE_ID}) and need nothing from this package.
 */
@NullMarked
package dev.vigil.tracing;

import org.jspecify.annotations.NullMarked;
