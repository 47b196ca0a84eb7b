package dev.vigil.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the tests, talking to the server on its port.
 */
final class Http {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	Http(int port) {
		this.port = port;
	}

	Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	Response post(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Response delete(String path) {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
		return (headers.length > 0) ? builder.headers(headers) : builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String contentType, java.net.http.HttpHeaders headers, String body) {

		JsonNode json() {
			return Http.json.readTree(this.body);
		}

		String errorId() {
			return json().get("errorId").asString();
		}

	}

}
