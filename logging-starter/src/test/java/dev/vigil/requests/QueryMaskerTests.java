package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryMaskerTests {

	private final QueryMasker masker = new QueryMasker(new SecretNames(List.of("password", "api_key")));

	@Test
	void masksSecretValuesAndKeepsTheRestAsSent() {
		assertThat(this.masker.mask("a=1&Password=p&b=%20x&api_key=k&&c&api_key=")).isEqualTo(
				"a=1&Password=***&b=%20x&api_key=***&&c&api_key=***");
	}

	@Test
	void decodesNamesBeforeComparingThem() {
		assertThat(this.masker.mask("pass%77ord=p&api%5Fkey=k&api+key=v&bad%zz=1"))
			.isEqualTo("pass%77ord=***&api%5Fkey=***&api+key=***&bad%zz=1");
	}

	@Test
	void returnsTheSameInstanceWhenThereIsNothingToMask() {
		String query = "name=ann&page=2";
		assertThat(this.masker.mask(query)).isSameAs(query);
	}

	@Test
	void masksNothingWithAnEmptyList() {
		String query = "password=p";
		assertThat(new QueryMasker(new SecretNames(List.of())).mask(query)).isSameAs(query);
	}

	@Test
	void masksAParameterAfterALeadingSeparator() {
		assertThat(this.masker.mask("&password=p")).isEqualTo("&password=***");
	}

	@Test
	void decodesANameThatStartsWithAnEscape() {
		assertThat(this.masker.mask("%70assword=p&%61pi_key=k")).isEqualTo("%70assword=***&%61pi_key=***");
	}

	@Test
	void decodesAPlusInANameAsASpace() {
		QueryMasker masker = new QueryMasker(new SecretNames(List.of("card number")));
		assertThat(masker.mask("card+number=4111111111111111&x=1")).isEqualTo("card+number=***&x=1");
	}

	@Test
	void masksANameWithAMalformedEscapeAsSent() {
		assertThat(this.masker.mask("password%zz=hunter2&x=1")).isEqualTo("password%zz=***&x=1");
	}

}
