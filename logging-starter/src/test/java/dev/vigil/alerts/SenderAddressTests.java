package dev.vigil.alerts;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sender of the alerts has a qualified domain, which mail servers accept, or the
 * application does not start.
 */
class SenderAddressTests {

	@Test
	void configuredSenderWithQualifiedDomainIsUsed() {
		assertThat(SenderAddress.of(" Alerts <alerts@shop.example.com> ", "robot@mail.example.com", () -> "vm"))
			.isEqualTo("Alerts <alerts@shop.example.com>");
	}

	@Test
	void configuredSenderWithDomainLiteralIsUsed() {
		assertThat(SenderAddress.of("alerts@[192.0.2.10]", null, () -> "vm")).isEqualTo("alerts@[192.0.2.10]");
	}

	@Test
	void configuredSenderWithUnqualifiedDomainIsRejected() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> SenderAddress.of("vigil@vm", null, () -> "vm.example.com"))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("vigil.alerts.mail.from");
				assertThat(ex.getValue()).isEqualTo("vigil@vm");
				assertThat(ex.getReason()).contains("'vm' is not a qualified domain")
					.contains("Accepted: an e-mail address whose domain has a dot, such as 'alerts@example.com'");
			});
	}

	@Test
	void mailUsernameWithQualifiedDomainIsTheDefault() {
		assertThat(SenderAddress.of(null, "robot@mail.example.com", () -> "vm")).isEqualTo("robot@mail.example.com");
	}

	@Test
	void mailUsernameThatIsNoQualifiedAddressIsPassedOver() {
		assertThat(SenderAddress.of(null, "robot", () -> "vm.example.com")).isEqualTo("vigil@vm.example.com");
		assertThat(SenderAddress.of(null, "robot@localhost", () -> "vm.example.com")).isEqualTo("vigil@vm.example.com");
	}

	@Test
	void qualifiedHostNameMakesTheLastDefault() {
		assertThat(SenderAddress.of(null, null, () -> "vm.example.com")).isEqualTo("vigil@vm.example.com");
	}

	@Test
	void unqualifiedHostNameFailsNamingTheProperty() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> SenderAddress.of(null, null, () -> "vm"))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("vigil.alerts.mail.from");
				assertThat(ex.getValue()).isEqualTo("vigil@vm");
				assertThat(ex.getReason()).contains("not set")
					.contains("built from the host name")
					.contains("Accepted: an e-mail address whose domain has a dot");
			});
	}

}
