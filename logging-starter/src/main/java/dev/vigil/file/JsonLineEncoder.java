package dev.vigil.file;

import java.nio.charset.Charset;
import java.util.function.UnaryOperator;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.encoder.EncoderBase;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * One JSON object per line, written by Spring Boot's {@link StructuredLogEncoder}, with the
 * field names of the format ({@link LegacyFieldNames}, {@link ElasticCommonSchemaFormatter})
 * and U+2028 and U+2029 escaped: Boot's JSON writer leaves them raw, valid JSON that
 * JavaScript-based readers and editors nevertheless take for line breaks.
 */
final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

	private final StructuredLogEncoder encoder = new StructuredLogEncoder();

	private final UnaryOperator<ILoggingEvent> fieldNames;

	private final Charset charset;

	/**
	 * @param format the format as Spring Boot's encoder takes it: a common format's id or the
	 * class name of a formatter
	 * @param fieldNames gives the event the format's field names
	 * @param charset the charset of the file
	 */
	JsonLineEncoder(String format, UnaryOperator<ILoggingEvent> fieldNames, Charset charset) {
		this.encoder.setFormat(format);
		this.encoder.setCharset(charset);
		this.fieldNames = fieldNames;
		this.charset = charset;
	}

	@Override
	public void setContext(Context context) {
		super.setContext(context);
		this.encoder.setContext(context);
	}

	@Override
	public void start() {
		this.encoder.start();
		super.start();
	}

	@Override
	public void stop() {
		super.stop();
		this.encoder.stop();
	}

	@Override
	public byte @Nullable [] headerBytes() {
		return null;
	}

	@Override
	public byte[] encode(ILoggingEvent event) {
		byte[] line = this.encoder.encode(this.fieldNames.apply(event));
		return escape(line);
	}

	@Override
	public byte @Nullable [] footerBytes() {
		return null;
	}

	/**
	 * Both characters can only stand inside a JSON string, where their escape means the same.
	 */
	private byte[] escape(byte[] line) {
		String text = new String(line, this.charset);
		if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
			return line;
		}
		return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").getBytes(this.charset);
	}

}
