package dev.vigil.alerts;

import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vigil.test.TestClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An error logged by application code while it handles a request is mailed.
 */
@SpringBootTest(classes = AlertsTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=shop", "vigil.alerts.mail.enabled=true",
				"vigil.alerts.mail.to=ops@example.com", "vigil.alerts.mail.from=alerts@shop.example.com",
				"spring.mail.host=localhost", "management.health.mail.enabled=false" })
@DirtiesContext
class WebApplicationAlertTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@TempDir
	static Path logs;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@Test
	void anErrorLoggedByApplicationCodeIsMailed() throws Exception {
		TestClient.Response response = new TestClient(this.port).get("/orders/7");
		assertThat(response.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> greenMail.getReceivedMessages().length >= 1);
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("[shop] ERROR com.example.shop.OrderController: Order 7 could not be loaded");
		assertThat(GreenMailUtil.getBody(mail)).contains("Thread:      http-nio-")
			.contains("java.lang.IllegalStateException: database down")
			.contains("at dev.vigil.alerts.AlertsTestApplication$OrderController.order");
	}

}
