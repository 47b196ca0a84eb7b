package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathParameterMaskerTests {

	private final PathParameterMasker masker = new PathParameterMasker(
			new SecretNames(List.of("password", "session")));

	@Test
	void masksSecretParametersOfEverySegment() {
		assertThat(this.masker.mask("/a;jsessionid=s1;lang=en/b;Password=p;x=1/c;pass%77ord=q"))
			.isEqualTo("/a;jsessionid=***;lang=en/b;Password=***;x=1/c;pass%77ord=***");
	}

	@Test
	void keepsPathsWithoutSecretParametersAsTheyAre() {
		String path = "/orders;page=2;sort=a,b/items;password";
		assertThat(this.masker.mask(path)).isSameAs(path);
		String plain = "/orders/42";
		assertThat(this.masker.mask(plain)).isSameAs(plain);
	}

	@Test
	void masksAValueUpToTheEndOfThePath() {
		assertThat(this.masker.mask("/x;session=abc")).isEqualTo("/x;session=***");
		assertThat(this.masker.mask("/x;session=")).isEqualTo("/x;session=***");
		assertThat(this.masker.mask("/x;a=b=c;password=d=e;")).isEqualTo("/x;a=b=c;password=***;");
	}

	@Test
	void masksNothingWithoutWords() {
		String path = "/x;password=p";
		assertThat(new PathParameterMasker(new SecretNames(List.of())).mask(path)).isSameAs(path);
	}

	@Test
	void decodesANameThatStartsWithAnEscape() {
		assertThat(this.masker.mask("/x;%70assword=p")).isEqualTo("/x;%70assword=***");
	}

	@Test
	void masksANameWithAMalformedEscapeAsSent() {
		assertThat(this.masker.mask("/x;page%zz=2;password%zz=p")).isEqualTo("/x;page%zz=2;password%zz=***");
	}

}
