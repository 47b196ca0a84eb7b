package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JsonMasker} on lenient JSON (single quotes, unquoted names, comments), on JSON held in
 * string values, and with names matched by the rule of {@link SecretNames}.
 */
class LenientJsonMaskingTests {

	private final JsonMasker masker = new JsonMasker(new SecretNames(List.of("password", "token", "apikey")));

	@Test
	void masksMembersWithSingleQuotedNamesAndValues() {
		assertThat(this.masker.mask("{'password':'p','a':'it''s','token' : 'x\\'y', 'b': 1}"))
			.isEqualTo("{'password':\"***\",'a':'it''s','token' : \"***\", 'b': 1}");
	}

	@Test
	void masksMembersWithUnquotedNames() {
		assertThat(this.masker.mask("{password: hunter2, user: ann, $apiKey: {a: 1}, nested: {new_token: 'x'}}"))
			.isEqualTo("{password: \"***\", user: ann, $apiKey: \"***\", nested: {new_token: \"***\"}}");
	}

	@Test
	void doesNotTakeWordsOutsideNamePositionsForNames() {
		String json = "{\"note\": \"x\", \"list\": [password, 1], \"text\": 'a password: b'}";
		assertThat(this.masker.mask(json)).isEqualTo(json);
	}

	@Test
	void replacesCommentsAndSeesThroughThem() {
		assertThat(this.masker.mask("{// don't\n\"password\" /* it's */ : /* x */ \"p\", /* \"token\": \"t\" */ a: 1}"))
			.isEqualTo("{// ***\n\"password\" /* *** */ : /* *** */ \"***\", /* *** */ a: 1}");
		assertThat(this.masker.mask("{\"a\": 1 /* unclosed \"password\": \"p\""))
			.isEqualTo("{\"a\": 1 /* *** */");
	}

	@Test
	void masksABareSecretValueUpToTheEndOfTheMember() {
		assertThat(this.masker.mask("{password: correct horse battery, a: 1}\n{token: x y\n}"))
			.isEqualTo("{password: \"***\", a: 1}\n{token: \"***\"\n}");
	}

	@Test
	void masksASecretValueThatHoldsAComment() {
		assertThat(this.masker.mask("{\"token\": {\"a\": /* } */ \"t\"}, \"b\": 2}"))
			.isEqualTo("{\"token\": \"***\", \"b\": 2}");
	}

	@Test
	void masksJsonHeldInStringValuesAtAnyDepth() {
		String json = "{\"payload\":\"{\\\"password\\\":\\\"p\\\",\\\"inner\\\":\\\"[{\\\\\\\"token\\\\\\\":1}]\\\"}\"}";
		assertThat(this.masker.mask(json)).isEqualTo(
				"{\"payload\":\"{\\\"password\\\":\\\"***\\\",\\\"inner\\\":\\\"[{\\\\\\\"token\\\\\\\":\\\\\\\"***\\\\\\\"}]\\\"}\"}");
	}

	@Test
	void keepsStringValuesThatHoldNoSecretAsSent() {
		String json = "{\"payload\":\"{\\\"a\\\":\\\"\\u00e9\\\\n\\\"}\", \"text\": \"{not json\"}";
		assertThat(this.masker.mask(json)).isEqualTo(json);
	}

	@Test
	void masksNestedJsonWithEscapesAndCutStrings() {
		assertThat(this.masker.mask("{\"p\":\" [{\\\"token\\\":\\\"a\\nb\\\", \\\"x\\\":\\\"\\t\\\"}]\"}"))
			.isEqualTo("{\"p\":\" [{\\\"token\\\":\\\"***\\\", \\\"x\\\":\\\"\\t\\\"}]\"}");
		assertThat(this.masker.mask("{\"p\":\"{\\\"password\\\":\\\"cut")).isEqualTo("{\"p\":\"{\\\"password\\\":\\\"***\\\"");
	}

	@Test
	void masksABodyThatIsOnlyAComment() {
		assertThat(this.masker.mask("// password hunter2")).isEqualTo("// ***");
		assertThat(this.masker.mask("/* token t */")).isEqualTo("/* *** */");
	}

	@Test
	void masksALineCommentCutAtTheEnd() {
		assertThat(this.masker.mask("{\"a\": 1} // password hunter2")).isEqualTo("{\"a\": 1} // ***");
	}

	@Test
	void masksACommentThatStartsWithASlashWhole() {
		assertThat(this.masker.mask("{\"a\": 1 /*/ password: hunter2 */}")).isEqualTo("{\"a\": 1 /* *** */}");
	}

	@Test
	void keepsABareNameOrASlashCutAtTheEnd() {
		assertThat(this.masker.mask("{\"a\": 1, password")).isEqualTo("{\"a\": 1, password");
		assertThat(this.masker.mask("{\"a\": 1} /")).isEqualTo("{\"a\": 1} /");
	}

	@Test
	void masksBareNamesRightAfterTheComma() {
		assertThat(this.masker.mask("{a: 1,password: 'p',token:'t'}")).isEqualTo("{a: 1,password: \"***\",token:\"***\"}");
	}

	@Test
	void masksBareNamesThatStartWithADigitOrADash() {
		assertThat(this.masker.mask("{1password: x, -token: y}")).isEqualTo("{1password: \"***\", -token: \"***\"}");
	}

}
