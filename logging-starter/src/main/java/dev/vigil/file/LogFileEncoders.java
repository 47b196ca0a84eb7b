package dev.vigil.file;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;

/**
 * Creates the line encoder of a log file: Logback's pattern layout for text, with the
 * conversion words that print outside text escaped ({@link EscapingConverters}), Spring Boot's
 * structured logging for JSON formats and for the application's own formatter class
 * ({@link JsonLineEncoder}).
 */
final class LogFileEncoders {

	static final String FORMATS_ACCEPTED = "Accepted: one of text, ecs, logstash, gelf or the class name of a "
			+ "StructuredLogFormatter<ILoggingEvent>, such as com.example.MyLogFormatter.";

	private final LoggerContext context;

	private final FileLoggingProperties properties;

	LogFileEncoders(LoggerContext context, FileLoggingProperties properties, Environment environment) {
		this.context = context;
		this.properties = properties;
		// Boot's LoggingSystem normally stores the Environment for StructuredLogEncoder; an
		// application context started without SpringApplication has not.
		if (context.getObject(Environment.class.getName()) == null) {
			context.putObject(Environment.class.getName(), environment);
		}
	}

	LoggerContext context() {
		return this.context;
	}

	/**
	 * Creates and starts an encoder.
	 * @return the started encoder
	 * @throws InvalidConfigurationPropertyValueException when Logback cannot parse the pattern,
	 * so that a typo fails the start instead of writing {@code %PARSER_ERROR} into every line, or
	 * when Spring Boot cannot create a formatter from the format
	 */
	Encoder<ILoggingEvent> create() {
		String format = this.properties.getFormat();
		if (!FileLoggingProperties.TEXT_FORMAT.equalsIgnoreCase(format)) {
			return structuredEncoder(format);
		}
		// Logback's PatternLayoutEncoder creates its layout only when it starts, too late to
		// register the escaping converters on it
		PatternLayout layout = new PatternLayout();
		layout.setContext(this.context);
		layout.setPattern(this.properties.getPattern());
		EscapingConverters.register(layout);
		List<Status> errors = new CopyOnWriteArrayList<>();
		StatusListener listener = (status) -> {
			if (status.getLevel() == Status.ERROR) {
				errors.add(status);
			}
		};
		StatusManager statuses = this.context.getStatusManager();
		statuses.add(listener);
		try {
			layout.start();
		}
		finally {
			statuses.remove(listener);
		}
		if (!errors.isEmpty()) {
			throw new InvalidConfigurationPropertyValueException("vigil.file.pattern", this.properties.getPattern(),
					"Logback could not parse it: " + errors.get(0).getMessage().replaceAll("\\.+$", "")
							+ ". Accepted: a Logback pattern such as '" + FileLoggingProperties.DEFAULT_PATTERN + "'.");
		}
		LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
		encoder.setContext(this.context);
		encoder.setLayout(layout);
		encoder.setCharset(this.properties.getCharset());
		encoder.start();
		return encoder;
	}

	private Encoder<ILoggingEvent> structuredEncoder(String format) {
		Charset charset = this.properties.getCharset();
		JsonLineEncoder encoder = switch (format.toLowerCase(Locale.ROOT)) {
			case "ecs" -> new JsonLineEncoder(ElasticCommonSchemaFormatter.class.getName(), UnaryOperator.identity(),
					charset);
			case "gelf" -> new JsonLineEncoder("gelf", LegacyFieldNames.gelf(), charset);
			case "logstash" -> new JsonLineEncoder("logstash", LegacyFieldNames.logstash(), charset);
			default -> new JsonLineEncoder(format, UnaryOperator.identity(), charset);
		};
		encoder.setContext(this.context);
		try {
			encoder.start();
		}
		catch (RuntimeException ex) {
			// Boot's encoder looks the formatter class up and creates it when it starts
			throw new InvalidConfigurationPropertyValueException("vigil.file.format", format,
					"Spring Boot could not create a formatter from it: " + reason(ex) + ". " + FORMATS_ACCEPTED);
		}
		return encoder;
	}

	private static String reason(Throwable ex) {
		Throwable cause = ex.getCause();
		return (cause != null && cause != ex) ? ex.getMessage() + " (" + cause + ")" : String.valueOf(ex.getMessage());
	}

}
