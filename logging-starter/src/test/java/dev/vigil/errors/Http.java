package dev.vigil.errors;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import dev.vigil.TestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared {@link TestClient}, answering with the status, content type and JSON of problem
 * responses at hand.
 */
final class Http {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final TestClient client;

	Http(int port) {
		this.client = new TestClient(port);
	}

	Response get(String path, String... headers) {
		return response(this.client.get(path, headers));
	}

	Response post(String path, String contentType, String body, String... headers) {
		return response(this.client.post(path, contentType, body, headers));
	}

	Response delete(String path) {
		return response(this.client.delete(path));
	}

	private static Response response(HttpResponse<String> response) {
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers(), response.body());
	}

	record Response(int status, String contentType, HttpHeaders headers, String body) {

		JsonNode json() {
			return Http.json.readTree(this.body);
		}

		String errorId() {
			return json().get("errorId").asString();
		}

	}

}
