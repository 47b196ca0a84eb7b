package dev.vigil.file;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

import dev.vigil.VigilMdc;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.ContextPairs;
import org.springframework.boot.logging.structured.ElasticCommonSchemaProperties;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * The {@code ecs} format of Vigil's files: Spring Boot's ECS layout, with the ids Vigil keeps
 * in the MDC under the names ECS defines: the request id as {@code http.request.id}, the
 * trace and span id of a tracing bridge as {@code trace.id} and {@code span.id}, and the
 * error id as {@code error.id}, in the same {@code error} object as the exception (Spring
 * Boot's own ECS formatter would write a second {@code error} member and fail). The request
 * line's key-value pairs already carry ECS names; values under {@code labels.} are written as
 * strings, as ECS defines them. Created by Spring Boot's
 * {@code StructuredLogEncoder} from its class name, so {@code logging.structured.json.*}
 * applies as to Boot's formats.
 */
final class ElasticCommonSchemaFormatter extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

	ElasticCommonSchemaFormatter(Environment environment, @Nullable StackTracePrinter stackTracePrinter,
			ContextPairs contextPairs, ThrowableProxyConverter throwableProxyConverter,
			StructuredLoggingJsonMembersCustomizer.Builder<?> customizerBuilder) {
		super((members) -> members(environment, stackTracePrinter, contextPairs, throwableProxyConverter, members),
				customizerBuilder.nested().build());
	}

	private static void members(Environment environment, @Nullable StackTracePrinter stackTracePrinter,
			ContextPairs contextPairs, ThrowableProxyConverter throwableProxyConverter,
			JsonWriter.Members<ILoggingEvent> members) {
		members.add("@timestamp", ILoggingEvent::getInstant);
		members.add("log").usingMembers((log) -> {
			log.add("level", ILoggingEvent::getLevel);
			log.add("logger", ILoggingEvent::getLoggerName);
		});
		members.add("process").usingMembers((process) -> {
			process.add("pid", environment.getProperty("spring.application.pid", Long.class)).whenNotNull();
			process.add("thread").usingMembers((thread) -> thread.add("name", ILoggingEvent::getThreadName));
		});
		ElasticCommonSchemaProperties.get(environment).jsonMembers(members);
		members.add("message", ILoggingEvent::getFormattedMessage);
		members.add().usingPairs(contextPairs.nested((pairs) -> {
			pairs.add(ElasticCommonSchemaFormatter::mdc);
			pairs.add(ElasticCommonSchemaFormatter::keyValuePairs);
		}));
		members.add("error")
			.when((event) -> event.getThrowableProxy() != null || errorId(event) != null)
			.usingMembers((error) -> {
				error.add("id", ElasticCommonSchemaFormatter::errorId).whenNotNull();
				error.add("type", ILoggingEvent::getThrowableProxy).whenNotNull().as(IThrowableProxy::getClassName);
				error.add("message", ILoggingEvent::getThrowableProxy).whenNotNull().as(IThrowableProxy::getMessage);
				error.add("stack_trace", (event) -> stackTrace(event, stackTracePrinter, throwableProxyConverter))
					.whenNotNull();
			});
		members.add("tags", ILoggingEvent::getMarkerList)
			.whenNotNull()
			.as(ElasticCommonSchemaFormatter::markers)
			.whenNotEmpty();
		members.add("ecs").usingMembers((ecs) -> ecs.add("version", "8.11"));
	}

	private static void mdc(ILoggingEvent event, BiConsumer<String, Object> pairs) {
		for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
			String key = entry.getKey();
			if (key.equals(VigilMdc.REQUEST_ID)) {
				pairs.accept("http.request.id", entry.getValue());
			}
			else if (key.equals(VigilMdc.TRACE_ID)) {
				pairs.accept("trace.id", entry.getValue());
			}
			else if (key.equals(VigilMdc.SPAN_ID)) {
				pairs.accept("span.id", entry.getValue());
			}
			else if (!key.equals(VigilMdc.ERROR_ID)) {
				pairs.accept(key, entry.getValue());
			}
		}
	}

	private static void keyValuePairs(ILoggingEvent event, BiConsumer<String, Object> pairs) {
		List<KeyValuePair> keyValuePairs = event.getKeyValuePairs();
		if (keyValuePairs != null) {
			for (KeyValuePair pair : keyValuePairs) {
				// ECS labels are keywords
				boolean label = pair.key.startsWith("labels.") && pair.value != null;
				pairs.accept(pair.key, label ? String.valueOf(pair.value) : pair.value);
			}
		}
	}

	private static @Nullable String errorId(ILoggingEvent event) {
		return event.getMDCPropertyMap().get(VigilMdc.ERROR_ID);
	}

	private static @Nullable String stackTrace(ILoggingEvent event, @Nullable StackTracePrinter printer,
			ThrowableProxyConverter converter) {
		IThrowableProxy proxy = event.getThrowableProxy();
		if (proxy == null) {
			return null;
		}
		if (printer != null && proxy instanceof ThrowableProxy throwable) {
			return printer.printStackTraceToString(throwable.getThrowable());
		}
		return converter.convert(event);
	}

	private static Set<String> markers(List<Marker> markers) {
		Set<String> names = new TreeSet<>();
		addMarkers(names, markers.iterator());
		return names;
	}

	private static void addMarkers(Set<String> names, Iterator<Marker> markers) {
		while (markers.hasNext()) {
			Marker marker = markers.next();
			names.add(marker.getName());
			if (marker.hasReferences()) {
				addMarkers(names, marker.iterator());
			}
		}
	}

}
