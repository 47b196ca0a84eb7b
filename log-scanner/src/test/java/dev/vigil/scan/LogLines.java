package dev.vigil.scan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Writes log files the way Vigil does: each event encoded by Logback's pattern encoder with
 * Vigil's default pattern, or by Spring Boot's {@code StructuredLogEncoder} (ecs, logstash,
 * gelf), so that the scanner is tested against real lines rather than hand-written ones.
 */
final class LogLines {

	static final List<String> FORMATS = List.of("text", "ecs", "logstash", "gelf");

	/**
	 * Vigil's default text pattern, {@code FileLoggingProperties.DEFAULT_PATTERN} of the starter
	 * (which this module does not depend on); the starter's {@code LogScanApplicationTests} checks
	 * that the two are the same.
	 */
	static final String VIGIL_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} [%X{requestId:--}]"
			+ "%traceIds - %msg%n";

	private final LoggerContext context = new LoggerContext();

	private final Encoder<ILoggingEvent> encoder;

	private final StringBuilder content = new StringBuilder();

	LogLines(String format) {
		this.context.setMDCAdapter(new LogbackMDCAdapter());
		this.context.putObject(Environment.class.getName(), new StandardEnvironment());
		if (format.equals("text")) {
			// %traceIds is the starter's own conversion word
			this.context.putObject(CoreConstants.PATTERN_RULE_REGISTRY,
					new HashMap<>(Map.of("traceIds", TraceIds.class.getName())));
			PatternLayoutEncoder text = new PatternLayoutEncoder();
			text.setPattern(VIGIL_PATTERN);
			this.encoder = text;
		}
		else {
			StructuredLogEncoder structured = new StructuredLogEncoder();
			structured.setFormat(format);
			this.encoder = structured;
		}
		this.encoder.setContext(this.context);
		this.encoder.start();
	}

	LogLines add(Instant time, Level level, String message) {
		return add(time, level, "com.example.OrderService", "main", null, message, null);
	}

	LogLines add(Instant time, Level level, String message, Throwable throwable) {
		return add(time, level, "com.example.OrderService", "main", null, message, throwable);
	}

	LogLines add(Instant time, Level level, String logger, String thread, @Nullable String requestId,
			String message, @Nullable Throwable throwable) {
		Logger log = this.context.getLogger(logger);
		LoggingEvent event = new LoggingEvent(Logger.class.getName(), log, level, message, throwable, null);
		event.setInstant(time);
		event.setThreadName(thread);
		event.setMDCPropertyMap((requestId != null) ? Map.of("requestId", requestId) : Map.of());
		this.content.append(new String(this.encoder.encode(event), StandardCharsets.UTF_8));
		return this;
	}

	/**
	 * Appends text as it is, such as a line no format recognises.
	 */
	LogLines raw(String text) {
		this.content.append(text);
		return this;
	}

	String content() {
		return this.content.toString();
	}

	List<String> lines() {
		return new ArrayList<>(content().lines().toList());
	}

	/**
	 * Writes the lines to a file, gzip when its name ends with {@code .gz}, and dates the file
	 * like an appender would: last modified at its last entry.
	 */
	Path writeTo(Path file, Instant lastModified) {
		try {
			byte[] bytes = content().getBytes(StandardCharsets.UTF_8);
			if (file.getFileName().toString().endsWith(".gz")) {
				try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
					out.write(bytes);
				}
			}
			else {
				Files.write(file, bytes);
			}
			Files.setLastModifiedTime(file, FileTime.from(lastModified));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The starter's {@code %traceIds}: {@code  [traceId-spanId]} when the MDC holds them,
	 * nothing otherwise (its control-character escaping is left out: these tests log plain ids).
	 */
	public static final class TraceIds extends ClassicConverter {

		@Override
		public String convert(ILoggingEvent event) {
			String traceId = event.getMDCPropertyMap().get("traceId");
			String spanId = event.getMDCPropertyMap().get("spanId");
			if (traceId == null && spanId == null) {
				return "";
			}
			return " [" + ((traceId != null) ? traceId : "") + "-" + ((spanId != null) ? spanId : "") + "]";
		}

	}

}
