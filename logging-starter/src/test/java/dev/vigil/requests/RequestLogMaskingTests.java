package dev.vigil.requests;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.vigil.test.TestClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers, query strings and bodies in the request line: every default secret name masked
 * wherever it appears, every control character escaped, bodies kept without taking them from
 * the application.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.requests.include-headers=true", "vigil.requests.include-body=true",
				"server.forward-headers-strategy=native" })
class RequestLogMaskingTests extends RequestLogServerTests {

	/** The default mask list, spelled with varying case as clients do. */
	static final List<String> SECRET_NAMES = List.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
			"password", "PASSWD", "Secret", "token", "access_token", "Refresh_Token", "api_key", "apiKey",
			"X-API-Key", "client_secret");

	@Test
	void masksTheValueOfEveryDefaultSecretHeader() {
		StringBuilder request = new StringBuilder("GET /hello HTTP/1.1\r\nHost: localhost\r\n");
		for (int i = 0; i < SECRET_NAMES.size(); i++) {
			request.append(SECRET_NAMES.get(i)).append(": hdr-secret-").append(i).append("\r\n");
		}
		request.append("Accept: text/plain\r\nX-Request-Id: mask-headers\r\nConnection: close\r\n\r\n");
		assertThat(this.client.raw(request.toString())).startsWith("HTTP/1.1 200 ");
		String line = this.appLog.awaitRequestLine("mask-headers");
		for (String name : SECRET_NAMES) {
			assertThat(line).contains(name + "=***");
		}
		assertThat(line).contains("Accept=text/plain");
		assertThat(this.appLog.content()).doesNotContain("hdr-secret");
	}

	@Test
	void masksTheValueOfEveryDefaultSecretQueryParameter() {
		StringBuilder query = new StringBuilder("?name=ann");
		for (int i = 0; i < SECRET_NAMES.size(); i++) {
			query.append('&').append(SECRET_NAMES.get(i)).append("=q-secret-").append(i);
		}
		query.append("&pass%77ord=q-secret-encoded&token=q-secret-repeated&empty=");
		assertThat(this.client.get("/hello" + query, "X-Request-Id", "mask-query").status()).isEqualTo(200);
		String line = this.appLog.awaitRequestLine("mask-query");
		assertThat(line).contains("GET /hello?name=ann&Authorization=***&Proxy-Authorization=***")
			.contains("&client_secret=***&pass%77ord=***&token=***&empty= -> 200 in ");
		assertThat(this.appLog.content()).doesNotContain("q-secret");
	}

	@Test
	void masksEveryDefaultSecretFieldOfAJsonBodyAtAnyDepthAndStillPassesTheBodyWhole() {
		StringBuilder json = new StringBuilder("{\n  \"user\": \"ann\",\n  \"nested\": {\n");
		for (int i = 0; i < SECRET_NAMES.size(); i++) {
			json.append("    \"").append(SECRET_NAMES.get(i)).append("\": \"j-secret-").append(i).append("\",\n");
		}
		json.append("    \"list\": [{\"token\": 12345}, {\"pass\\u0077ord\": \"j-secret-escaped\"}],\n")
			.append("    \"secret\": {\"inner\": \"j-secret-object\", \"more\": [\"j-secret-array\"]},\n")
			.append("    \"api_key\" : true,\n")
			.append("    \"note\": \"a \\\"quoted\\\" password: j-not-masked\"\n  }\n}");
		Response response = this.client.post("/echo", "application/json", json.toString(),
				"X-Request-Id", "mask-json");
		assertThat(response.body()).isEqualTo("read " + json.length() + " chars");
		String line = this.appLog.awaitRequestLine("mask-json");
		assertThat(line).contains(" body={\\n  \"user\": \"ann\",\\n")
			.contains("\"Authorization\": \"***\",\\n")
			.contains("\"list\": [{\"token\": \"***\"}, {\"pass\\u0077ord\": \"***\"}]")
			.contains("\"secret\": \"***\",\\n")
			.contains("\"api_key\" : \"***\",")
			.contains("j-not-masked");
		assertThat(this.appLog.content()).doesNotContain("j-secret").doesNotContain("12345");
		assertThat(this.appLog.requestLines("mask-json")).hasSize(1);
	}

	@Test
	void masksEveryDefaultSecretFieldOfAFormBody() {
		StringBuilder form = new StringBuilder("user=ann");
		for (int i = 0; i < SECRET_NAMES.size(); i++) {
			form.append('&').append(SECRET_NAMES.get(i)).append("=f-secret-").append(i);
		}
		Response response = this.client.post("/form", "application/x-www-form-urlencoded",
				form.toString(), "X-Request-Id", "mask-form");
		assertThat(response.body()).isEqualTo("read " + (SECRET_NAMES.size() + 1) + " fields");
		String line = this.appLog.awaitRequestLine("mask-form");
		assertThat(line).contains(" body=user=ann&").contains("Authorization=***").contains("client_secret=***");
		assertThat(this.appLog.content()).doesNotContain("f-secret");
	}

	@Test
	void masksSecretElementsAndAttributesOfAnXmlBody() {
		String xml = "<login user=\"ann\" token='x-secret-attribute'>\n  <password>x-secret-text</password>\n"
				+ "  <ns:client_secret xmlns:ns=\"urn:x\"><![CDATA[x-secret-cdata]]></ns:client_secret>\n"
				+ "  <api_key/>\n  <name>ann</name>\n</login>";
		Response response = this.client.post("/echo", "application/xml", xml, "X-Request-Id", "mask-xml");
		assertThat(response.body()).isEqualTo("read " + xml.length() + " chars");
		String line = this.appLog.awaitRequestLine("mask-xml");
		assertThat(line).contains("<login user=\"ann\" token='***'>\\n  <password>***</password>")
			.contains("<ns:client_secret xmlns:ns=\"urn:x\">***</ns:client_secret>")
			.contains("<name>ann</name>");
		assertThat(this.appLog.content()).doesNotContain("x-secret");
	}

	@Test
	void escapesControlCharactersInHeadersBodyAndForwardedClientAddress() {
		String body = "line one\r\nFORGED-BODY INFO dev.vigil.requests - GET / -> 200\u001b[2J\u0085\u2028end";
		byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
		String request = "POST /echo HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: inject-body\r\n"
				+ "X-Note: tab\there\u0085FORGED-HEADER\u009b\r\nX-Forwarded-For: 10.1.2.3\u0085FORGED-CLIENT\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\nContent-Length: " + utf8.length
				+ "\r\nConnection: close\r\n\r\n" + new String(utf8, StandardCharsets.ISO_8859_1);
		assertThat(this.client.raw(request)).startsWith("HTTP/1.1 200 ");
		String line = this.appLog.awaitRequestLine("inject-body");
		assertThat(line).contains(" client=10.1.2.3\\u0085FORGED-CLIENT ")
			.contains("X-Note=tab\\there\\u0085FORGED-HEADER\\u009b")
			.contains(" body=line one\\r\\nFORGED-BODY INFO dev.vigil.requests - GET / -> 200\\u001b[2J\\u0085\\u2028end");
		assertThat(this.appLog.requestLines("inject-body")).hasSize(1);
		assertThat(this.appLog.lines()).noneMatch((l) -> l.startsWith("FORGED-"));
		assertThat(this.appLog.content()).doesNotContain("\u0085").doesNotContain("\u001b").doesNotContain("\u2028");
	}

	@Test
	void keepsAtMostMaxBodySizeForTheLogAndPassesTheWholeBodyToTheApplication() {
		String json = "{\"data\":\"" + "x".repeat(5000) + "\"}";
		Response response = this.client.post("/echo", "application/json", json, "X-Request-Id",
				"large-body");
		assertThat(response.body()).isEqualTo("read " + json.length() + " chars");
		String line = this.appLog.awaitRequestLine("large-body");
		String logged = line.substring(line.indexOf(" body=") + 6);
		assertThat(logged).startsWith("{\"data\":\"xxx").endsWith(RequestBodies.TRUNCATED);
		assertThat(logged).hasSize(1024 + RequestBodies.TRUNCATED.length());
	}

	@Test
	void masksASecretWhoseValueIsCutAtMaxBodySize() {
		String json = "{\"data\":\"" + "x".repeat(1000) + "\",\"password\":\"cut-secret-" + "y".repeat(100) + "\"}";
		this.client.post("/echo", "application/json", json, "X-Request-Id", "cut-body");
		String line = this.appLog.awaitRequestLine("cut-body");
		assertThat(line).contains("\"password\":\"***\"" + RequestBodies.TRUNCATED);
		assertThat(this.appLog.content()).doesNotContain("cut-secret");
	}

	@Test
	void logsNoBodyTheApplicationDidNotRead() {
		Response response = this.client.post("/ignore-body", "text/plain", "never read",
				"X-Request-Id", "unread-body");
		assertThat(response.status()).isEqualTo(200);
		assertThat(this.appLog.awaitRequestLine("unread-body")).doesNotContain("body=").doesNotContain("never read");
	}

}
