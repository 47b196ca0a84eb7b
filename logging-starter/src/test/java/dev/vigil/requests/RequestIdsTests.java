package dev.vigil.requests;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

	@Test
	void acceptsShortIdsOfSafeCharacters() {
		assertThat(RequestIds.accept("a")).isEqualTo("a");
		assertThat(RequestIds.accept("AZaz09._:-")).isEqualTo("AZaz09._:-");
		assertThat(RequestIds.accept("x".repeat(64))).isEqualTo("x".repeat(64));
	}

	@Test
	void replacesMissingLongOrUnsafeIds() {
		for (String invalid : new String[] { null, "", "x".repeat(65), "a b", "a\nb", "a/b", "a=b", "\u00e9" }) {
			assertThat(RequestIds.accept(invalid)).as("%s", invalid).matches("[0-9a-f]{16}");
		}
	}

	@Test
	void generatesDistinctIds() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(RequestIds.next());
		}
		assertThat(ids).hasSize(10_000);
	}

}
