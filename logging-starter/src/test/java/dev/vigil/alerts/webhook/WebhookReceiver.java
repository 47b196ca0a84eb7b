package dev.vigil.alerts.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a random loopback port that receives the POSTs of the HTTP alert
 * channels: it records each request and answers what the test scripted (200 by default), or
 * never answers at all.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private volatile boolean hung;

	private volatile int otherwise = 200;

	WebhookReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/**
	 * A receiver that accepts every connection and reads the request, but never answers.
	 * @return the receiver
	 */
	static WebhookReceiver hung() throws IOException {
		WebhookReceiver receiver = new WebhookReceiver();
		receiver.hung = true;
		return receiver;
	}

	/**
	 * Scripts the next answers; once they are used up, the receiver answers 200.
	 * @param answers the answers, in order
	 * @return this receiver
	 */
	WebhookReceiver answer(Answer... answers) {
		this.answers.addAll(List.of(answers));
		return this;
	}

	/**
	 * Answers every request with a status, once the scripted answers are used up.
	 * @param status the status
	 * @return this receiver
	 */
	WebhookReceiver otherwise(int status) {
		this.otherwise = status;
		return this;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The bodies of the requests the receiver answered with a 2xx, parsed.
	 * @return the delivered documents, in order
	 */
	List<JsonNode> delivered() {
		return this.requests.stream().filter((request) -> request.status() / 100 == 2).map(Request::json).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
		if (this.hung) {
			this.requests.add(new Request(Instant.now(), exchange.getRequestMethod(), exchange.getRequestURI().toString(),
					headers, new String(body, StandardCharsets.UTF_8), 0));
			try {
				this.released.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
			return;
		}
		Answer answer = this.answers.poll();
		if (answer == null) {
			answer = new Answer(this.otherwise, null);
		}
		this.requests.add(new Request(Instant.now(), exchange.getRequestMethod(), exchange.getRequestURI().toString(),
				headers, new String(body, StandardCharsets.UTF_8), answer.status()));
		if (answer.retryAfter() != null) {
			exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
		}
		exchange.sendResponseHeaders(answer.status(), -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.released.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	record Answer(int status, String retryAfter) {

		static Answer status(int status) {
			return new Answer(status, null);
		}

	}

	record Request(Instant time, String method, String uri, Map<String, List<String>> headers, String body,
			int status) {

		JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
