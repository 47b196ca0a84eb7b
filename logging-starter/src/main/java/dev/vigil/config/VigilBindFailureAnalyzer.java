package dev.vigil.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Reports a {@code vigil.*} property whose value cannot be converted, naming the property, the
 * bad value, where it was set and what is accepted. Spring Boot's own bind failure report
 * gives the conversion error but not what would have been accepted.
 */
class VigilBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		ConfigurationProperty property = cause.getProperty();
		String name = (property != null) ? property.getName().toString() : cause.getName().toString();
		if (!name.startsWith("vigil.")) {
			return null;
		}
		StringBuilder description = new StringBuilder();
		description.append("Invalid value '").append((property != null) ? property.getValue() : "")
			.append("' for configuration property '").append(name).append("'");
		if (property != null && property.getOrigin() != null) {
			description.append(" (originating from '").append(property.getOrigin()).append("')");
		}
		description.append(".");
		String hinted = hintedValues(name);
		String accepted = (hinted != null) ? hinted : accepted(cause.getTarget().getType().resolve());
		return new FailureAnalysis(description.toString(),
				"Update " + name + " in your application's configuration. Accepted: " + accepted + ".", cause);
	}

	/**
	 * The values that the metadata's hint of the property lists: the levels that a level
	 * property takes, fewer than the constants of its type, Spring Boot's {@code LogLevel}.
	 * @param name the name of the property
	 * @return the values as the report lists them, or {@code null} when the property has no
	 * hint with values
	 */
	static @Nullable String hintedValues(String name) {
		try {
			for (URL url : Collections.list(VigilBindFailureAnalyzer.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				String json;
				try (InputStream in = url.openStream()) {
					json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				// spares parsing the large metadata of the other jars
				if (json.contains("\"" + name + "\"")
						&& JsonParserFactory.getJsonParser().parseMap(json).get("hints") instanceof List<?> hints) {
					for (Object hint : hints) {
						if (hint instanceof Map<?, ?> map && name.equals(map.get("name"))
								&& map.get("values") instanceof List<?> values && !values.isEmpty()) {
							return "one of " + values.stream()
								.map((value) -> String.valueOf(((Map<?, ?>) value).get("value")))
								.collect(Collectors.joining(", "));
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the report falls back to the values of the type
		}
		return null;
	}

	static String accepted(@Nullable Class<?> type) {
		if (type == null) {
			return "see the Vigil configuration reference";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				// as the documentation writes them (Spring Boot binds keep-separate to KEEP_SEPARATE)
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
				.collect(Collectors.joining(", "));
		}
		if (DataSize.class.equals(type)) {
			return "a data size such as 512KB, 2MB or 1GB";
		}
		if (Duration.class.equals(type)) {
			return "a duration such as 500ms, 10s, 5m or 1h";
		}
		if (Charset.class.equals(type)) {
			return "a charset name such as UTF-8 or ISO-8859-1";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		return "a value of type " + type.getSimpleName();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
