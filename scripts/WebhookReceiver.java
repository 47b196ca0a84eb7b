import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * The receiver and the checker of scripts/it-webhook, with the JDK only (run as a single-file
 * program: java scripts/WebhookReceiver.java ...).
 *
 *   serve PORT DIR    listens on 127.0.0.1:PORT; answers the first POST 503 (so that the
 *                     sender's retry is exercised) and every other one 200; writes each request
 *                     to DIR/N.txt (request line, headers, a blank line, the body) and DIR/N.status
 *   check FILE DOCS KEY=VALUE...
 *                     parses the body of FILE as JSON and checks it against the first json block
 *                     after "## The webhook document" in DOCS: the same fields in the same order,
 *                     each of the documented type; then that each KEY has VALUE ('null' for null,
 *                     '~REGEX' for a string matching REGEX). Prints what differs and exits 1.
 */
public class WebhookReceiver {

	public static void main(String[] args) throws Exception {
		if (args.length >= 3 && args[0].equals("serve")) {
			serve(Integer.parseInt(args[1]), Path.of(args[2]));
		}
		else if (args.length >= 3 && args[0].equals("check")) {
			System.exit(check(Path.of(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length)));
		}
		else {
			System.err.println("usage: serve PORT DIR | check FILE DOCS KEY=VALUE...");
			System.exit(2);
		}
	}

	static void serve(int port, Path dir) throws IOException {
		Files.createDirectories(dir);
		AtomicInteger count = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		server.createContext("/", (exchange) -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			int n = count.incrementAndGet();
			int status = (n == 1) ? 503 : 200;
			StringBuilder request = new StringBuilder();
			request.append(exchange.getRequestMethod()).append(' ').append(exchange.getRequestURI()).append('\n');
			exchange.getRequestHeaders()
				.forEach((name, values) -> values.forEach((value) -> request.append(name).append(": ").append(value).append('\n')));
			request.append('\n').append(new String(body, StandardCharsets.UTF_8));
			Files.writeString(dir.resolve(n + ".txt"), request);
			Files.writeString(dir.resolve(n + ".status"), String.valueOf(status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
		System.out.println("listening on 127.0.0.1:" + port);
	}

	static int check(Path file, Path docs, List<String> expectations) throws IOException {
		String request = Files.readString(file);
		Object arrived = new Json(request.substring(request.indexOf("\n\n") + 2)).parse();
		Matcher block = Pattern.compile("## The webhook document.*?```json\\n(.*?)```", Pattern.DOTALL)
			.matcher(Files.readString(docs));
		if (!block.find()) {
			System.out.println("no json block after '## The webhook document' in " + docs);
			return 1;
		}
		Object documented = new Json(block.group(1)).parse();
		List<String> problems = new ArrayList<>();
		if (!(arrived instanceof Map<?, ?> document) || !(documented instanceof Map<?, ?> example)) {
			System.out.println("the document or the example is not a JSON object");
			return 1;
		}
		if (!new ArrayList<>(document.keySet()).equals(new ArrayList<>(example.keySet()))) {
			problems.add("fields " + document.keySet() + ", documented " + example.keySet());
		}
		example.forEach((name, value) -> {
			Object actual = document.get(name);
			if (actual != null && value != null && actual.getClass() != value.getClass()) {
				problems.add(name + " is " + type(actual) + ", documented as " + type(value));
			}
		});
		for (String expectation : expectations) {
			String name = expectation.substring(0, expectation.indexOf('='));
			String expected = expectation.substring(expectation.indexOf('=') + 1);
			Object actual = document.get(name);
			boolean ok = expected.equals("null") ? actual == null && document.containsKey(name)
					: expected.startsWith("~") ? actual instanceof String text && text.matches(expected.substring(1))
							: String.valueOf(actual).equals(expected);
			if (!ok) {
				problems.add(name + " is " + actual + ", expected " + expected);
			}
		}
		problems.forEach(System.out::println);
		return problems.isEmpty() ? 0 : 1;
	}

	static String type(Object value) {
		return (value instanceof Map) ? "an object" : (value instanceof List) ? "an array"
				: (value instanceof String) ? "a string" : (value instanceof Boolean) ? "a boolean" : "a number";
	}

	/**
	 * A small JSON parser: objects (keeping the order of their fields), arrays, strings, numbers
	 * (as Double), booleans and null.
	 */
	static final class Json {

		private final String text;

		private int at;

		Json(String text) {
			this.text = text;
		}

		Object parse() {
			Object value = value();
			space();
			if (this.at != this.text.length()) {
				throw error("trailing text");
			}
			return value;
		}

		private Object value() {
			space();
			char c = this.text.charAt(this.at);
			if (c == '{') {
				Map<String, Object> object = new LinkedHashMap<>();
				this.at++;
				space();
				if (peek('}')) {
					return object;
				}
				do {
					space();
					String name = string();
					space();
					expect(':');
					object.put(name, value());
					space();
				}
				while (next(','));
				expect('}');
				return object;
			}
			if (c == '[') {
				List<Object> array = new ArrayList<>();
				this.at++;
				space();
				if (peek(']')) {
					return array;
				}
				do {
					array.add(value());
					space();
				}
				while (next(','));
				expect(']');
				return array;
			}
			if (c == '"') {
				return string();
			}
			for (String word : List.of("true", "false", "null")) {
				if (this.text.startsWith(word, this.at)) {
					this.at += word.length();
					return word.equals("null") ? null : Boolean.valueOf(word);
				}
			}
			Matcher number = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?").matcher(this.text).region(this.at, this.text.length());
			if (number.lookingAt()) {
				this.at = number.end();
				return Double.valueOf(number.group());
			}
			throw error("unexpected '" + c + "'");
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = this.text.charAt(this.at++);
				switch (e) {
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case 'r' -> out.append('\r');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> out.append(e);
				}
			}
		}

		private void space() {
			while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

		private boolean peek(char c) {
			if (this.text.charAt(this.at) == c) {
				this.at++;
				return true;
			}
			return false;
		}

		private boolean next(char c) {
			return peek(c);
		}

		private void expect(char c) {
			if (this.at >= this.text.length() || this.text.charAt(this.at) != c) {
				throw error("expected '" + c + "'");
			}
			this.at++;
		}

		private IllegalArgumentException error(String problem) {
			return new IllegalArgumentException(problem + " at " + this.at + " of the JSON text");
		}

	}

}
