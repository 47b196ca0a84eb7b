package dev.vigil.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's application.properties is where a newcomer sees what can be tuned: it must list
 * every property of the starter, commented out (a list of groups by its first element, such as
 * {@code vigil.alerts.rules[0].logger}).
 */
class SamplePropertiesTests {

	@Test
	void applicationPropertiesListsEveryVigilPropertyCommentedOut() throws IOException {
		String properties = new ClassPathResource("application.properties").getContentAsString(StandardCharsets.UTF_8);
		List<String> missing = new ArrayList<>();
		for (String name : vigilPropertyNames()) {
			boolean listed = properties.lines()
				.anyMatch((line) -> line.startsWith("#" + name + "=") || line.startsWith("#" + name + ".")
						|| line.startsWith("#" + name + "["));
			if (!listed) {
				missing.add(name);
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> vigilPropertyNames() throws IOException {
		List<String> names = new ArrayList<>();
		for (var resource : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
			try (InputStream in = resource.getInputStream()) {
				JsonNode root = JsonMapper.builder().build().readTree(in);
				root.path("properties").forEach((property) -> {
					String name = property.path("name").asString();
					if (name.startsWith("vigil.")) {
						names.add(name);
					}
				});
			}
		}
		assertThat(names).isNotEmpty();
		return names;
	}

}
