package dev.vigil.requests;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE help of the request logging properties, generated from the javadoc of
 * {@link RequestLogProperties}.
 */
class RequestLogPropertiesMetadataTests {

	@Test
	void describesEveryPropertyAndItsDefault() throws Exception {
		List<JsonNode> properties = new ArrayList<>();
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).isNotNull();
			for (JsonNode property : JsonMapper.shared().readTree(metadata).get("properties")) {
				if (property.get("name").asString().startsWith("vigil.requests.")) {
					properties.add(property);
				}
			}
		}
		assertThat(properties).extracting((property) -> property.get("name").asString())
			.containsExactlyInAnyOrder("vigil.requests.enabled", "vigil.requests.include-query",
					"vigil.requests.include-headers", "vigil.requests.include-body", "vigil.requests.max-body-size",
					"vigil.requests.slow-threshold", "vigil.requests.client-error-level", "vigil.requests.exclude",
					"vigil.requests.exclude-actuator", "vigil.requests.request-id-header", "vigil.requests.mask",
					"vigil.requests.console", "vigil.requests.incoming-request-id", "vigil.requests.additional-mask",
					"vigil.requests.request-id-source");
		assertThat(properties).allSatisfy((property) -> {
			assertThat(property.path("description").asString()).as(property.get("name").asString()).isNotBlank();
			assertThat(property.has("defaultValue")).as(property.get("name").asString()).isTrue();
		});
		// the list defaults are written by hand in additional-spring-configuration-metadata.json
		RequestLogProperties defaults = new RequestLogProperties();
		assertThat(listDefault(properties, "vigil.requests.exclude")).isEqualTo(defaults.getExclude());
		assertThat(listDefault(properties, "vigil.requests.mask")).isEqualTo(defaults.getMask());
		assertThat(listDefault(properties, "vigil.requests.additional-mask")).isEqualTo(defaults.getAdditionalMask());
	}

	private static List<String> listDefault(List<JsonNode> properties, String name) {
		JsonNode property = properties.stream()
			.filter((candidate) -> candidate.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
		List<String> values = new ArrayList<>();
		property.get("defaultValue").forEach((value) -> values.add(value.asString()));
		return values;
	}

}
