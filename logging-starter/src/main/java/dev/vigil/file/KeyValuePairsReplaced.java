package dev.vigil.file;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A logging event as it is, but for its key-value pairs: what a JSON formatter of one file
 * sees, while every other appender gets the original event.
 */
final class KeyValuePairsReplaced implements ILoggingEvent {

	private final ILoggingEvent event;

	private final List<KeyValuePair> keyValuePairs;

	KeyValuePairsReplaced(ILoggingEvent event, List<KeyValuePair> keyValuePairs) {
		this.event = event;
		this.keyValuePairs = keyValuePairs;
	}

	@Override
	public List<KeyValuePair> getKeyValuePairs() {
		return this.keyValuePairs;
	}

	@Override
	public String getThreadName() {
		return this.event.getThreadName();
	}

	@Override
	public Level getLevel() {
		return this.event.getLevel();
	}

	@Override
	public String getMessage() {
		return this.event.getMessage();
	}

	@Override
	public Object @Nullable [] getArgumentArray() {
		return this.event.getArgumentArray();
	}

	@Override
	public String getFormattedMessage() {
		return this.event.getFormattedMessage();
	}

	@Override
	public String getLoggerName() {
		return this.event.getLoggerName();
	}

	@Override
	public LoggerContextVO getLoggerContextVO() {
		return this.event.getLoggerContextVO();
	}

	@Override
	public @Nullable IThrowableProxy getThrowableProxy() {
		return this.event.getThrowableProxy();
	}

	@Override
	public StackTraceElement[] getCallerData() {
		return this.event.getCallerData();
	}

	@Override
	public boolean hasCallerData() {
		return this.event.hasCallerData();
	}

	@Override
	public @Nullable List<Marker> getMarkerList() {
		return this.event.getMarkerList();
	}

	@Override
	public Map<String, String> getMDCPropertyMap() {
		return this.event.getMDCPropertyMap();
	}

	@Override
	@SuppressWarnings("deprecation")
	public Map<String, String> getMdc() {
		return this.event.getMdc();
	}

	@Override
	public long getTimeStamp() {
		return this.event.getTimeStamp();
	}

	@Override
	public int getNanoseconds() {
		return this.event.getNanoseconds();
	}

	@Override
	public Instant getInstant() {
		return this.event.getInstant();
	}

	@Override
	public long getSequenceNumber() {
		return this.event.getSequenceNumber();
	}

	@Override
	public void prepareForDeferredProcessing() {
		this.event.prepareForDeferredProcessing();
	}

}
