package dev.vigil.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.vigil.errors.ErrorGroup;
import dev.vigil.errors.ErrorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Prometheus server of docs/operations/ scrapes from the sample at {@code /prometheus}:
 * Vigil's metrics, labelled with the application's name, and a failing request counted with the
 * fingerprint that the error registry knows it by.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PrometheusScrapeTests {

	@TempDir
	static Path logs;

	@DynamicPropertySource
	static void logDirectory(DynamicPropertyRegistry registry) {
		registry.add("vigil.file.directory", () -> logs.toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	ErrorRegistry errors;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void causeErrorIsCountedByApplicationFingerprintExceptionAndStatus() throws Exception {
		assertThat(get("/cause-error").statusCode()).isEqualTo(500);
		assertThat(get("/cause-error").statusCode()).isEqualTo(500);
		ErrorGroup group = this.errors.groups().get(0);
		assertThat(group.exception()).isEqualTo("java.lang.IllegalStateException");
		HttpResponse<String> scrape = get("/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/plain"));
		assertThat(sample(scrape.body(), "vigil_errors_total")).containsEntry("application", "vigil-sample")
			.containsEntry("exception", "IllegalStateException")
			.containsEntry("fingerprint", group.fingerprint())
			.containsEntry("status", "500")
			.containsEntry("value", "2.0");
	}

	@Test
	void exposesVigilsOtherMetricsWithTheApplicationLabel() throws Exception {
		String body = get("/prometheus").body();
		assertThat(sample(body, "vigil_log_disk_free_bytes")).containsEntry("application", "vigil-sample")
			.containsEntry("path", logs.toAbsolutePath().toString())
			.hasEntrySatisfying("value", (value) -> assertThat(Double.parseDouble(value)).isPositive());
		assertThat(sample(body, "vigil_requests_slow_total")).containsEntry("application", "vigil-sample");
		assertThat(body).contains("logback_events_total{application=\"vigil-sample\",level=\"error\"}");
	}

	/**
	 * The labels and the value of the first sample of a metric in Prometheus' text format.
	 */
	private static Map<String, String> sample(String body, String name) {
		Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(body);
		assertThat(line.find()).as("a sample of %s in%n%s", name, body).isTrue();
		Map<String, String> labels = new TreeMap<>();
		Matcher label = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(line.group(1));
		while (label.find()) {
			labels.put(label.group(1), label.group(2));
		}
		labels.put("value", line.group(2));
		return labels;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
