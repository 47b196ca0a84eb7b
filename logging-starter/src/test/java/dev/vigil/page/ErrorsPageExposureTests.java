package dev.vigil.page;

import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Like every endpoint but health, the errors page is not reachable until
 * {@code management.endpoints.web.exposure.include} names it: neither the page nor its data
 * nor its assets.
 */
@DirtiesContext
@SpringBootTest(classes = PageTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorsPageExposureTests extends TemporaryLogDirectory {

	@LocalServerPort
	int port;

	@Test
	void isNotReachableUnlessExposed() {
		TestClient http = new TestClient(this.port);
		http.get("/orders/1?message=password%3Dhunter2");
		assertThat(http.get("/actuator/health").status()).isEqualTo(200);
		assertThat(http.get("/actuator/vigil", "Accept", "text/html").status()).isEqualTo(404);
		assertThat(http.get("/actuator/vigil/data").status()).isEqualTo(404);
		assertThat(http.get("/actuator/vigil/page.js").status()).isEqualTo(404);
		assertThat(http.get("/actuator/vigil/data").body()).doesNotContain("hunter2");
	}

}
