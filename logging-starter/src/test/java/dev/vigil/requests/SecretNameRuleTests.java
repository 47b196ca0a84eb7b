package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule of secret names: the name's letters and digits, in lower case, contain a
 * configured word, compared the same way.
 */
class SecretNameRuleTests {

	private final SecretNames defaults = new SecretNames(new RequestLogProperties().getMask());

	@Test
	void namesContainingADefaultWordInAnyCaseOrSpellingAreSecret() {
		for (String name : List.of("password", "PASSWORD", "newPassword", "new_password", "user[password]",
				"pass_wd", "Passphrase", "pwd", "client-secret", "clientSecret", "token", "accessToken",
				"refresh_token", "X-Auth-Token", "X-CSRF-Token", "X-Amz-Security-Token", "Private-Token", "api-key",
				"x_api_key", "X-API-Key", "apiKey", "privateKey", "private_key", "JSESSIONID", "session_id",
				"credentials", "X-Amz-Credential", "Authorization", "Proxy-Authorization", "auth", "Cookie",
				"Set-Cookie", "X-Amz-Signature", "jwt")) {
			assertThat(this.defaults.contains(name)).as(name).isTrue();
		}
	}

	@Test
	void otherNamesAreNot() {
		for (String name : List.of("user", "name", "Accept", "Content-Type", "X-Request-Id", "key", "kind",
				"passage", "page", "")) {
			assertThat(this.defaults.contains(name)).as(name).isFalse();
		}
	}

	@Test
	void partsOfWordsAreMaskedTooByDecision() {
		// a value masked by mistake costs a detail; a secret missed costs the secret
		assertThat(this.defaults.contains("author")).isTrue();
		assertThat(this.defaults.contains("sessionTimeout")).isTrue();
	}

	@Test
	void configuredWordsAreNormalizedLikeNames() {
		SecretNames secrets = new SecretNames(List.of("X-Card_Number", " pin "));
		assertThat(secrets.contains("cardNumber")).isFalse();
		assertThat(secrets.contains("x.card.number")).isTrue();
		assertThat(secrets.contains("userPIN")).isTrue();
		assertThat(secrets.contains("password")).isFalse();
	}

	@Test
	void wordsWithoutLettersOrDigitsAreIgnoredAndNoWordsMaskNothing() {
		SecretNames none = new SecretNames(List.of("-", "_"));
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.contains("password")).isFalse();
	}

	@Test
	void normalizesToLowerCaseLettersAndDigits() {
		assertThat(SecretNames.normalize("X-Api_Key[0] 2")).isEqualTo("xapikey02");
		assertThat(SecretNames.normalize("Ünïcode-ß")).isEqualTo("ünïcodeß");
	}

}
