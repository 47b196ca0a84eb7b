package dev.vigil.errors;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code vigil.errors.*} property has IDE help and a documented default.
 */
class ErrorHandlingPropertiesMetadataTests {

	@Test
	void everyPropertyHasADescription() throws IOException {
		List<JsonNode> properties = errorsProperties();
		assertThat(properties).extracting((property) -> property.get("name").asString())
			.containsExactlyInAnyOrder("vigil.errors.enabled", "vigil.errors.include-exception-message",
					"vigil.errors.include-stack-trace", "vigil.errors.client-error-level",
					"vigil.errors.not-found-level", "vigil.errors.recent-capacity", "vigil.errors.type-base-uri",
					"vigil.errors.statuses", "vigil.errors.metrics.max-fingerprints");
		assertThat(properties).allSatisfy((property) -> assertThat(property.path("description").asString())
			.as(property.get("name").asString())
			.isNotBlank()
			.endsWith("."));
	}

	@Test
	void defaultsAreDocumented() throws IOException {
		assertThat(errorsProperties()).filteredOn((property) -> property.has("defaultValue"))
			.extracting((property) -> property.get("name").asString() + "=" + property.get("defaultValue").asString())
			.containsExactlyInAnyOrder("vigil.errors.enabled=true", "vigil.errors.include-exception-message=false",
					"vigil.errors.include-stack-trace=false", "vigil.errors.client-error-level=warn",
					"vigil.errors.not-found-level=debug", "vigil.errors.recent-capacity=100",
					"vigil.errors.metrics.max-fingerprints=100");
	}

	private static List<JsonNode> errorsProperties() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> properties = new ArrayList<>();
		for (URL url : Collections.list(ErrorHandlingPropertiesMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					if (property.get("name").asString().startsWith("vigil.errors.")) {
						properties.add(property);
					}
				}
			}
		}
		return properties;
	}

}
