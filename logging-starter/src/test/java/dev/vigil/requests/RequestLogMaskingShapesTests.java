package dev.vigil.requests;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shape a secret arrives in is masked by the one rule of {@link SecretNames}: name
 * variants in headers, query, form, path parameters, JSON and XML; lenient JSON; UTF-16 JSON;
 * JSON inside a string value; and a body that cannot be decoded is left out rather than
 * written in clear.
 */
@SpringBootTest(classes = RequestLogTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vigil.requests.include-headers=true", "vigil.requests.include-body=true" })
class RequestLogMaskingShapesTests extends RequestLogServerTests {

	@Test
	void masksHeadersWhoseNamesContainASecretWord() {
		this.client.get("/hello", "X-Auth-Token", "h-secret-1", "X-CSRF-Token", "h-secret-2", "X-Amz-Security-Token",
				"h-secret-3", "Private-Token", "h-secret-4", "Authorization", "Bearer h-secret-5", "X-Request-Id",
				"shape-headers", "X-Trace", "kept");
		String line = this.appLog.awaitRequestLine("shape-headers");
		assertThat(line).contains("X-Auth-Token=***")
			.contains("X-CSRF-Token=***")
			.contains("X-Amz-Security-Token=***")
			.contains("Private-Token=***")
			.contains("Authorization=***")
			.contains("X-Trace=kept");
		assertThat(this.appLog.content()).doesNotContain("h-secret");
	}

	@Test
	void masksQueryParametersWhoseNamesContainASecretWord() {
		this.client.get("/hello?name=ann&api-key=q-secret-1&x_api_key=q-secret-2&user%5Bpassword%5D=q-secret-3"
				+ "&accessToken=q-secret-4&newPassword=q-secret-5&privateKey=q-secret-6&client-secret=q-secret-7",
				"X-Request-Id", "shape-query");
		String line = this.appLog.awaitRequestLine("shape-query");
		assertThat(line).contains("?name=ann&api-key=***&x_api_key=***&user%5Bpassword%5D=***&accessToken=***"
				+ "&newPassword=***&privateKey=***&client-secret=*** -> 200");
		assertThat(this.appLog.content()).doesNotContain("q-secret");
	}

	@Test
	void masksFormFieldsWhoseNamesContainASecretWord() {
		this.client.post("/form", "application/x-www-form-urlencoded",
				"user[name]=ann&user[password]=f-secret-1&accessToken=f-secret-2&client-secret=f-secret-3",
				"X-Request-Id", "shape-form");
		assertThat(this.appLog.awaitRequestLine("shape-form"))
			// the form as the servlet container's parameters give it back, encoded again
			.contains(" body=user%5Bname%5D=ann&user%5Bpassword%5D=***&accessToken=***&client-secret=***");
		assertThat(this.appLog.content()).doesNotContain("f-secret");
	}

	@Test
	void masksSecretPathParameters() {
		assertThat(this.client.get("/hello;jsessionid=p-secret-1;password=p-secret-2;lang=en", "X-Request-Id",
				"shape-path")
			.status()).isEqualTo(200);
		assertThat(this.appLog.awaitRequestLine("shape-path"))
			.contains("GET /hello;jsessionid=***;password=***;lang=en -> 200");
		assertThat(this.appLog.content()).doesNotContain("p-secret");
	}

	@Test
	void secretPathParametersStayOutOfTheClientErrorEntry() {
		assertThat(this.client.get("/status/abc;password=pe-secret", "X-Request-Id", "shape-path-400").status())
			.isEqualTo(400);
		assertThat(this.appLog.awaitRequestLine("shape-path-400")).contains("GET /status/abc;password=*** -> 400");
		assertThat(this.appLog.linesInRequest("shape-path-400")).anyMatch((line) -> line.contains("dev.vigil.errors"));
		assertThat(this.appLog.content()).doesNotContain("pe-secret");
	}

	@Test
	void masksLenientJson() {
		String json = """
				{
				  // the login form, don't log it
				  user: 'ann',
				  password: 'l-secret-1',
				  'apiKey': 'l-secret-2',
				  "accessToken" /* it's here */ : "l-secret-3",
				  /* don't */ newPassword: l-secret-4,
				  "privateKey": /* "comment" */ "l-secret-5"
				}""";
		this.client.post("/echo", "application/json", json, "X-Request-Id", "shape-lenient");
		String line = this.appLog.awaitRequestLine("shape-lenient");
		assertThat(line).contains("user: 'ann',")
			.contains("password: \"***\",")
			.contains("'apiKey': \"***\",")
			.contains("\"accessToken\" /* *** */ : \"***\",")
			.contains("newPassword: \"***\",");
		assertThat(this.appLog.content()).doesNotContain("l-secret");
	}

	@Test
	void masksJsonHeldInAStringValue() {
		String json = "{\"user\":\"ann\",\"payload\":\"{\\\"privateKey\\\":\\\"n-secret-1\\\","
				+ "\\\"inner\\\":\\\"[{\\\\\\\"client-secret\\\\\\\":\\\\\\\"n-secret-2\\\\\\\"}]\\\"}\"}";
		this.client.post("/echo", "application/json", json, "X-Request-Id", "shape-nested");
		String line = this.appLog.awaitRequestLine("shape-nested");
		assertThat(line).contains("\"user\":\"ann\"").contains("\\\"privateKey\\\":\\\"***\\\"");
		assertThat(this.appLog.content()).doesNotContain("n-secret");
	}

	@Test
	void masksUtf16JsonWithAndWithoutByteOrderMark() {
		String json = "{\"user\":\"ann\",\"password\":\"u-secret\"}";
		postJson(json, "application/json; charset=UTF-16", StandardCharsets.UTF_16, "shape-utf16-bom");
		postJson(json, "application/json; charset=UTF-16LE", StandardCharsets.UTF_16LE, "shape-utf16le");
		postJson(json, "application/json", StandardCharsets.UTF_16BE, "shape-utf16be-undeclared");
		for (String requestId : new String[] { "shape-utf16-bom", "shape-utf16le", "shape-utf16be-undeclared" }) {
			assertThat(this.appLog.awaitRequestLine(requestId)).as(requestId)
				.contains(" body={\"user\":\"ann\",\"password\":\"***\"}");
		}
		assertThat(this.appLog.content()).doesNotContain("u-secret");
	}

	@Test
	void masksXmlNamesThatContainASecretWord() {
		String xml = "<login><user>ann</user><newPassword>x-secret-1</newPassword>"
				+ "<key apiKey=\"x-secret-2\" kind=\"rsa\"/><privateKey>x-secret-3</privateKey></login>";
		this.client.post("/echo", "application/xml", xml, "X-Request-Id", "shape-xml");
		assertThat(this.appLog.awaitRequestLine("shape-xml")).contains("<user>ann</user><newPassword>***</newPassword>")
			.contains("<key apiKey=\"***\" kind=\"rsa\"/><privateKey>***</privateKey>");
		assertThat(this.appLog.content()).doesNotContain("x-secret");
	}

	@Test
	void masksUtf16Xml() {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><login><user>ann</user><password>x16-secret</password></login>";
		this.client.post("/echo", "application/xml", xml.getBytes(StandardCharsets.UTF_16), "X-Request-Id",
				"shape-xml-utf16");
		assertThat(this.appLog.awaitRequestLine("shape-xml-utf16")).contains("<user>ann</user><password>***</password>");
		assertThat(this.appLog.content()).doesNotContain("x16-secret");
	}

	@Test
	void masksPlainTextBodiesConservatively() {
		this.client.post("/echo", "text/plain", "{\"user\":\"ann\",\"password\":\"txt-secret-1\"}", "X-Request-Id",
				"shape-text-json");
		this.client.post("/echo", "text/plain", "user=ann&newPassword=txt-secret-2", "X-Request-Id", "shape-text-pairs");
		this.client.post("/echo", "text/plain", "just words", "X-Request-Id", "shape-text-words");
		assertThat(this.appLog.awaitRequestLine("shape-text-json")).contains(" body={\"user\":\"ann\",\"password\":\"***\"}");
		assertThat(this.appLog.awaitRequestLine("shape-text-pairs")).contains(" body=user=ann&newPassword=***");
		assertThat(this.appLog.awaitRequestLine("shape-text-words")).contains(" body=just words");
		assertThat(this.appLog.content()).doesNotContain("txt-secret");
	}

	@Test
	void leavesOutABodyThatCannotBeDecodedForMasking() {
		byte[] body = "{\"pass\u00e9\":1,\"note\":\"\u00e9\",\"password\":\"d-secret\"}".getBytes(Charset.forName("ISO-8859-1"));
		this.client.post("/echo", "application/json; charset=UTF-8", body, "X-Request-Id", "shape-undecodable");
		assertThat(this.appLog.awaitRequestLine("shape-undecodable"))
			.contains(" body=[unparsable body omitted, " + body.length + " bytes]");
		assertThat(this.appLog.content()).doesNotContain("d-secret");
	}

	private void postJson(String json, String contentType, Charset charset, String requestId) {
		this.client.post("/echo", contentType, json.getBytes(charset), "X-Request-Id", requestId);
	}

}
