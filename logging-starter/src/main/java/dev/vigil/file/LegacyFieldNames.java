package dev.vigil.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.event.KeyValuePair;

/**
 * The names the {@code logstash} and {@code gelf} files have always given the request line's
 * values ({@code http.method}, {@code http.status}, {@code duration.ms}, {@code slow}, ...),
 * for the key-value pairs that the request line carries under their ECS names. In GELF, whose
 * additional fields may only be strings and numbers, a boolean value becomes a string.
 */
final class LegacyFieldNames implements UnaryOperator<ILoggingEvent> {

	private static final Map<String, String> NAMES = Map.of("http.request.method", "http.method",
			"http.response.status_code", "http.status", "event.duration", "duration.ms", "labels.slow", "slow",
			"labels.request_headers", "http.request.headers");

	private final boolean booleansAsStrings;

	private LegacyFieldNames(boolean booleansAsStrings) {
		this.booleansAsStrings = booleansAsStrings;
	}

	static LegacyFieldNames logstash() {
		return new LegacyFieldNames(false);
	}

	static LegacyFieldNames gelf() {
		return new LegacyFieldNames(true);
	}

	@Override
	public ILoggingEvent apply(ILoggingEvent event) {
		List<KeyValuePair> pairs = event.getKeyValuePairs();
		if (pairs == null || pairs.isEmpty()) {
			return event;
		}
		List<KeyValuePair> renamed = new ArrayList<>(pairs.size());
		for (KeyValuePair pair : pairs) {
			renamed.add(rename(pair));
		}
		return new KeyValuePairsReplaced(event, renamed);
	}

	private KeyValuePair rename(KeyValuePair pair) {
		String name = NAMES.getOrDefault(pair.key, pair.key);
		Object value = pair.value;
		if (pair.key.equals("event.duration") && value instanceof Long nanos) {
			value = TimeUnit.NANOSECONDS.toMillis(nanos);
		}
		if (this.booleansAsStrings && value instanceof Boolean) {
			value = value.toString();
		}
		return (name.equals(pair.key) && value == pair.value) ? pair : new KeyValuePair(name, value);
	}

}
