package dev.vigil.file;

import ch.qos.logback.classic.spi.ILoggingEvent;

import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * An application's own line format, named by its class in {@code vigil.file.format}: level,
 * logger and message between pipes, and nothing escaped, so that the escaping seen in the file
 * is Vigil's.
 */
public class PipeLineFormatter implements StructuredLogFormatter<ILoggingEvent> {

	@Override
	public String format(ILoggingEvent event) {
		return "pipe|" + event.getLevel() + "|" + event.getLoggerName() + "|" + event.getFormattedMessage() + "\n";
	}

}
