package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlMaskerTests {

	private final XmlMasker masker = new XmlMasker(new SecretNames(List.of("password", "token")));

	@Test
	void masksTheContentOfSecretElementsWhateverItHolds() {
		assertThat(this.masker.mask("<a><password>p</password><b>keep</b><Token><x>1</x><![CDATA[c]]></Token></a>"))
			.isEqualTo("<a><password>***</password><b>keep</b><Token>***</Token></a>");
	}

	@Test
	void masksSecretAttributesAndElementsWithNamespacePrefixes() {
		assertThat(this.masker.mask("<s:login xmlns:s=\"urn:s\" user=\"ann\" s:token='t > u' password=\"p\">"
				+ "<s:password>p</s:password></s:login>"))
			.isEqualTo("<s:login xmlns:s=\"urn:s\" user=\"ann\" s:token='***' password=\"***\">"
					+ "<s:password>***</s:password></s:login>");
	}

	@Test
	void keepsSelfClosingSecretElementsCommentsAndDeclarations() {
		String xml = "<?xml version=\"1.0\"?><!-- password --><a><password/><b>x</b></a>";
		assertThat(this.masker.mask(xml)).isEqualTo(xml);
	}

	@Test
	void masksWhatIsCut() {
		assertThat(this.masker.mask("<a><password>hunt")).isEqualTo("<a><password>***");
		assertThat(this.masker.mask("<a token=\"abc")).isEqualTo("<a token=\"***\"");
		assertThat(this.masker.mask("<a token=abc>x</a>")).isEqualTo("<a token=***>x</a>");
	}

	@Test
	void returnsTextWithoutTagsOrWithoutSecretNamesUnchanged() {
		assertThat(this.masker.mask("password=p")).isEqualTo("password=p");
		assertThat(new XmlMasker(new SecretNames(List.of())).mask("<password>p</password>"))
			.isEqualTo("<password>p</password>");
	}

	@Test
	void keepsALessThanSignAtTheEnd() {
		assertThat(this.masker.mask("<a>1 <")).isEqualTo("<a>1 <");
	}

	@Test
	void masksASecretAttributeCutAtItsNameOrItsValue() {
		assertThat(this.masker.mask("<a token")).isEqualTo("<a token***");
		assertThat(this.masker.mask("<a token=")).isEqualTo("<a token=***");
		assertThat(this.masker.mask("<a token=abc")).isEqualTo("<a token=***");
		assertThat(this.masker.mask("<a user=ann")).isEqualTo("<a user=ann");
	}

	@Test
	void keepsANameCutAtTheEnd() {
		assertThat(this.masker.mask("<a><passw")).isEqualTo("<a><passw");
		assertThat(this.masker.mask("<a pass")).isEqualTo("<a pass");
	}

	@Test
	void masksNamesWithAnEmptyPrefix() {
		assertThat(this.masker.mask("<:password>p</:password><a :token=\"t\"/>"))
			.isEqualTo("<:password>***</:password><a :token=\"***\"/>");
	}

	@Test
	void masksAllOfASecretElementThatHoldsOneOfTheSameName() {
		assertThat(this.masker.mask("<token><token>a</token>b</token><c>keep</c>"))
			.isEqualTo("<token>***</token><c>keep</c>");
		assertThat(this.masker.mask("<token><token/>b</token><c>keep</c>")).isEqualTo("<token>***</token><c>keep</c>");
	}

	@Test
	void endsASecretElementOnlyAtItsOwnEndTag() {
		assertThat(this.masker.mask("<token>a</tokens>b</token ><c>keep</c>")).isEqualTo("<token>***</token ><c>keep</c>");
		assertThat(this.masker.mask("<token><![CDATA[</token>]]>b<!-- </token> -->c</token><c>keep</c>"))
			.isEqualTo("<token>***</token><c>keep</c>");
		assertThat(this.masker.mask("<token>a<token")).isEqualTo("<token>***");
		assertThat(this.masker.mask("<token>a<!-- </token>")).isEqualTo("<token>***");
		assertThat(this.masker.mask("<token>a</token")).isEqualTo("<token>***</token");
	}

	@Test
	void masksANameWhosePrefixAndLocalNameTogetherAreSecret() {
		XmlMasker masker = new XmlMasker(new SecretNames(List.of("apikey")));
		assertThat(masker.mask("<api:key>k</api:key><a api:key=\"k\"/>"))
			.isEqualTo("<api:key>***</api:key><a api:key=\"***\"/>");
	}

}
