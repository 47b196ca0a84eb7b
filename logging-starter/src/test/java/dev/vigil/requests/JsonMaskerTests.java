package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonMaskerTests {

	private final JsonMasker masker = new JsonMasker(new SecretNames(List.of("password", "token", "Secret")));

	@Test
	void masksStringsNumbersLiteralsObjectsAndArraysOfSecretMembers() {
		assertThat(this.masker.mask("{\"password\":\"p\",\"token\":123,\"SECRET\":{\"a\":[1,{\"b\":\"}\"}]},"
				+ "\"x\":null,\"Token\" : [\"t1\", \"t2\"], \"password\":true}"))
			.isEqualTo("{\"password\":\"***\",\"token\":\"***\",\"SECRET\":\"***\",\"x\":null,"
					+ "\"Token\" : \"***\", \"password\":\"***\"}");
	}

	@Test
	void leavesStringValuesThatLookLikeNamesAlone() {
		String json = "{\"note\":\"password\",\"list\":[\"token\",\"a \\\"password\\\": b\"]}";
		assertThat(this.masker.mask(json)).isEqualTo(json);
	}

	@Test
	void recognisesEscapedNames() {
		assertThat(this.masker.mask("{\"pass\\u0077ord\":\"p\",\"to\\\"ken\":\"v\"}"))
			.isEqualTo("{\"pass\\u0077ord\":\"***\",\"to\\\"ken\":\"***\"}");
	}

	@Test
	void masksASecretWhoseValueIsCut() {
		assertThat(this.masker.mask("{\"a\":1,\"password\":\"hunt")).isEqualTo("{\"a\":1,\"password\":\"***\"");
		assertThat(this.masker.mask("{\"token\":{\"x\":\"y")).isEqualTo("{\"token\":\"***\"");
		assertThat(this.masker.mask("{\"token\": 12")).isEqualTo("{\"token\": \"***\"");
		assertThat(this.masker.mask("{\"token\":")).isEqualTo("{\"token\":\"***\"");
		assertThat(this.masker.mask("{\"passw")).isEqualTo("{\"passw");
	}

	@Test
	void masksInsideTopLevelArraysAndKeepsWhitespace() {
		assertThat(this.masker.mask("[ {\n  \"token\" :\n \"t\"\n} ]")).isEqualTo("[ {\n  \"token\" :\n \"***\"\n} ]");
	}

	@Test
	void returnsTextWithoutStringsUnchanged() {
		String text = "not json at all";
		assertThat(this.masker.mask(text)).isSameAs(text);
	}

	@Test
	void masksAFragmentThatStartsWithAName() {
		assertThat(this.masker.mask("\"password\":\"p\",\"a\":1")).isEqualTo("\"password\":\"***\",\"a\":1");
	}

	@Test
	void recognisesANameThatStartsWithAnEscape() {
		assertThat(this.masker.mask("{\"\\u0070assword\":\"p\"}")).isEqualTo("{\"\\u0070assword\":\"***\"}");
	}

	@Test
	void keepsMaskingAfterANameWithAnIncompleteUnicodeEscape() {
		assertThat(this.masker.mask("{\"x\\u007\":1,\"password\":\"p\"}"))
			.isEqualTo("{\"x\\u007\":1,\"password\":\"***\"}");
	}

	@Test
	void returnsTheSameInstanceWithoutSecretNames() {
		String json = "{\"password\":\"p\"}";
		assertThat(new JsonMasker(new SecretNames(List.of())).mask(json)).isSameAs(json);
	}

	@Test
	void keepsAStringCutRightAfterABackslash() {
		assertThat(this.masker.mask("{\"a\":\"b\\")).isEqualTo("{\"a\":\"b\\");
		assertThat(this.masker.mask("{\"password\":\"b\\")).isEqualTo("{\"password\":\"***\"");
	}

}
