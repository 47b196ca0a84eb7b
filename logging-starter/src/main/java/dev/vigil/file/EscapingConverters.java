package dev.vigil.file;

import java.util.Map;
import java.util.function.Supplier;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.EnsureExceptionHandling;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.KeyValuePairConverter;
import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.RootCauseFirstThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.pattern.PostCompileProcessor;

import dev.vigil.ControlCharacters;
import dev.vigil.VigilMdc;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/**
 * The conversion words of a Vigil file's pattern that print text from outside (the message,
 * key-value pairs, MDC values, exception messages), replaced by converters that escape line
 * breaks and other control characters with {@link ControlCharacters}. Registered on the
 * pattern layout of Vigil's files only: the application's console and appenders are left as
 * they are.
 */
final class EscapingConverters {

	private static final Map<String, Supplier<DynamicConverter>> CONVERTERS = Map.ofEntries(
			Map.entry("m", EscapedMessage::new), Map.entry("msg", EscapedMessage::new),
			Map.entry("message", EscapedMessage::new), Map.entry("kvp", EscapedKeyValuePairs::new),
			Map.entry("X", EscapedMdc::new), Map.entry("mdc", EscapedMdc::new),
			Map.entry("ex", EscapedThrowable::new), Map.entry("exception", EscapedThrowable::new),
			Map.entry("throwable", EscapedThrowable::new), Map.entry("xEx", EscapedExtendedThrowable::new),
			Map.entry("xException", EscapedExtendedThrowable::new),
			Map.entry("xThrowable", EscapedExtendedThrowable::new),
			Map.entry("rEx", EscapedRootCauseFirstThrowable::new),
			Map.entry("rootException", EscapedRootCauseFirstThrowable::new),
			// Spring Boot's words, for a pattern copied from Boot's defaults
			Map.entry("wex", EscapedWhitespaceThrowable::new),
			Map.entry("wEx", EscapedExtendedWhitespaceThrowable::new),
			// Vigil's own word, in the default pattern
			Map.entry("traceIds", TraceIds::new));

	private EscapingConverters() {
	}

	/**
	 * Makes a layout escape every conversion word above, and the stack trace Logback appends
	 * when the pattern prints none.
	 * @param layout the layout, not started yet
	 */
	static void register(PatternLayout layout) {
		layout.getInstanceConverterMap().putAll(CONVERTERS);
		layout.setPostCompileProcessor(new EscapedExceptionHandling());
	}

	/**
	 * Logback's {@link EnsureExceptionHandling} appends its own, unescaped, converter.
	 */
	private static final class EscapedExceptionHandling implements PostCompileProcessor<ILoggingEvent> {

		@Override
		public void process(Context context, Converter<ILoggingEvent> head) {
			if (head != null && !new EnsureExceptionHandling().chainHandlesThrowable(head)) {
				boolean packagingData = context instanceof LoggerContext loggerContext
						&& loggerContext.isPackagingDataEnabled();
				ConverterUtil.findTail(head)
					.setNext(packagingData ? new EscapedExtendedThrowable() : new EscapedThrowable());
			}
		}

	}

	static final class EscapedMessage extends MessageConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return ControlCharacters.escape(super.convert(event));
		}

	}

	static final class EscapedKeyValuePairs extends KeyValuePairConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return ControlCharacters.escape(super.convert(event));
		}

	}

	/**
	 * {@code %traceIds}: {@code  [traceId-spanId]} while a tracing bridge keeps them in the MDC,
	 * nothing otherwise, so that lines without tracing look as they did before.
	 */
	static final class TraceIds extends ClassicConverter {

		@Override
		public String convert(ILoggingEvent event) {
			Map<String, String> mdc = event.getMDCPropertyMap();
			String traceId = mdc.get(VigilMdc.TRACE_ID);
			String spanId = mdc.get(VigilMdc.SPAN_ID);
			if (traceId == null && spanId == null) {
				return "";
			}
			return ControlCharacters.escape(" [" + ((traceId != null) ? traceId : "") + "-"
					+ ((spanId != null) ? spanId : "") + "]");
		}

	}

	static final class EscapedMdc extends MDCConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return ControlCharacters.escape(super.convert(event));
		}

	}

	static final class EscapedThrowable extends ThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy proxy) {
			return super.throwableProxyToString(EscapedThrowableProxy.of(proxy));
		}

	}

	static final class EscapedExtendedThrowable extends ExtendedThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy proxy) {
			return super.throwableProxyToString(EscapedThrowableProxy.of(proxy));
		}

	}

	static final class EscapedRootCauseFirstThrowable extends RootCauseFirstThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy proxy) {
			return super.throwableProxyToString(EscapedThrowableProxy.of(proxy));
		}

	}

	static final class EscapedWhitespaceThrowable extends WhitespaceThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy proxy) {
			return super.throwableProxyToString(EscapedThrowableProxy.of(proxy));
		}

	}

	static final class EscapedExtendedWhitespaceThrowable extends ExtendedWhitespaceThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy proxy) {
			return super.throwableProxyToString(EscapedThrowableProxy.of(proxy));
		}

	}

}
