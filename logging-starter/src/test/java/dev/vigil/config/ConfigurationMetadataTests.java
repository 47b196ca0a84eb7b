package dev.vigil.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration processor turns the javadoc of every properties field into the IDE's
 * help; a field without javadoc silently gets none.
 */
class ConfigurationMetadataTests {

	@Test
	void everyVigilPropertyHasADescription() throws IOException {
		List<JsonNode> properties = vigilProperties();
		assertThat(properties).hasSizeGreaterThan(10);
		assertThat(properties).allSatisfy((property) -> assertThat(property.path("description").asString(""))
			.as("description of %s", property.path("name").asString())
			.isNotBlank());
	}

	@Test
	void everyScalarVigilPropertyHasADefault() throws IOException {
		List<String> missing = new ArrayList<>();
		for (JsonNode property : vigilProperties()) {
			String type = property.path("type").asString("");
			boolean scalar = type.startsWith("java.lang.") || type.endsWith("DataSize") || type.endsWith("Duration")
					|| type.endsWith("Charset");
			String description = property.path("description").asString("").toLowerCase(java.util.Locale.ROOT);
			boolean explained = description.contains("unset") || description.contains("defaults to");
			if (scalar && !property.has("defaultValue") && !explained) {
				missing.add(property.path("name").asString());
			}
		}
		assertThat(missing).as("scalar properties without a default (say 'Unset by default' or 'Defaults to ...' in the description)")
			.isEmpty();
	}

	@Test
	void theIdeOffersTheFormatNamesAFormatterClassAndTheLevelsEachLevelPropertyTakes() throws IOException {
		Map<String, JsonNode> hints = ConfigurationReferenceTests.hints();
		assertThat(values(hints.get("vigil.file.format"))).containsExactly("text", "ecs", "logstash", "gelf");
		assertThat(hints.get("vigil.file.format").at("/providers/0/parameters/target").asString())
			.isEqualTo("java.lang.Class");
		assertThat(values(hints.get("vigil.file.error.threshold"))).containsExactly("error", "warn");
		assertThat(values(hints.get("vigil.alerts.mail.level"))).containsExactly("error", "warn");
		assertThat(values(hints.get("vigil.requests.client-error-level"))).containsExactly("trace", "debug", "info",
				"warn", "error");
	}

	private static List<String> values(JsonNode hint) {
		return hint.path("values").valueStream().map((value) -> value.path("value").asString()).toList();
	}

	static List<JsonNode> vigilProperties() throws IOException {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<JsonNode> properties = new ArrayList<>();
			root.path("properties").forEach((property) -> {
				if (property.path("name").asString().startsWith("vigil.")) {
					properties.add(property);
				}
			});
			return properties;
		}
	}

}
