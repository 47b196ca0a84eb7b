package dev.vigil.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real HTTP client for the tests, talking to the server on its port: the JDK's, and a plain
 * socket for requests it refuses to send (raw control characters in the request line or
 * headers). Answers with the status, content type, headers and body at hand, and the JSON of
 * problem responses.
 */
public final class TestClient {

	private static final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	public TestClient(int port) {
		this.port = port;
	}

	/**
	 * A client of the server an application context started on a random port.
	 * @param context the running application context
	 * @return the client
	 */
	public static TestClient of(ConfigurableApplicationContext context) {
		return new TestClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public Response post(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public Response post(String path, String contentType, byte[] body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public Response delete(String path) {
		return send(request(path).DELETE().build());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
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

	/**
	 * Sends the bytes as they are (ISO-8859-1, so every char is one byte) and reads the
	 * response until the server closes the connection.
	 * @return the response as text, starting with its status line
	 */
	public String raw(String request) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A response as the tests look at it.
	 *
	 * @param status the status code
	 * @param contentType the {@code Content-Type} header, empty without one
	 * @param headers all headers
	 * @param body the body as text
	 */
	public record Response(int status, String contentType, HttpHeaders headers, String body) {

		public JsonNode json() {
			return TestClient.json.readTree(this.body);
		}

		/**
		 * The {@code errorId} of a problem response.
		 */
		public String errorId() {
			return json().get("errorId").asString();
		}

	}

}
