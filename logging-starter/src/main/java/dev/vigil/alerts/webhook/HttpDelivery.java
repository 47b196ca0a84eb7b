package dev.vigil.alerts.webhook;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * POSTs the JSON of one alert to a channel's receiver with Spring's {@code RestClient} on the
 * JDK's HTTP client through the JVM's proxy settings, retrying connection failures, timeouts,
 * 429 and 5xx with a doubling backoff (or the receiver's {@code Retry-After}), all within the
 * delivery timeout; other answers are final. Once the application stops, it retries no longer
 * than the shutdown deadline.
 * <p>
 * A failure is thrown for the dispatcher to count and reported on {@code System.err}, not
 * through a logger (a log event could trigger another alert and loop back here), showing the
 * receiver's scheme and host only: the rest of a webhook URL and the header values are
 * credentials, and the HTTP client's own messages, which name the whole URL, are left out.
 */
final class HttpDelivery {

	private final String channel;

	private final ChannelTarget target;

	private final Duration readTimeout;

	private final Duration deliveryTimeout;

	private final Duration retryBackoff;

	private final HttpClient client;

	private final RestClient restClient;

	private final Clock clock;

	private volatile boolean stopping;

	private volatile long stopDeadline;

	HttpDelivery(String channel, ChannelTarget target, HttpChannelProperties properties, Clock clock) {
		this.channel = channel;
		this.target = target;
		this.readTimeout = properties.getReadTimeout();
		this.deliveryTimeout = properties.getDeliveryTimeout();
		this.retryBackoff = properties.getRetryBackoff();
		this.clock = clock;
		// HTTP/1.1: no h2c upgrade dance with receivers that do not expect one; no redirects, which
		// could carry the body (and the headers' token) elsewhere; the proxy the JVM's default
		// selector picks for each request, as for HttpURLConnection
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.getConnectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(new JvmProxySelector())
			.build();
		this.restClient = RestClient.builder().requestFactory(requestFactory(this.readTimeout)).build();
	}

	/**
	 * Delivers one document, retrying as needed within the delivery timeout.
	 * @param json the document
	 * @throws WebhookDeliveryException when it could not be delivered
	 */
	void post(byte[] json) {
		long deadline = System.nanoTime() + this.deliveryTimeout.toNanos();
		Duration backoff = this.retryBackoff;
		for (int attempt = 1;; attempt++) {
			long remaining = remaining(deadline);
			if (remaining <= 0) {
				throw fail(attempt - 1, "the delivery took longer than " + this.target.prefix() + ".delivery-timeout ("
						+ print(this.deliveryTimeout) + ")" + (this.stopping ? " or the shutdown timeout" : ""));
			}
			Outcome outcome = attempt(json, Duration.ofNanos(remaining));
			if (outcome.delivered()) {
				return;
			}
			if (!outcome.retryable()) {
				throw fail(attempt, outcome.problem() + "; not retried");
			}
			Duration wait = (outcome.retryAfter() != null) ? outcome.retryAfter() : backoff;
			if (System.nanoTime() + wait.toNanos() - deadline >= 0) {
				String waitText = (outcome.retryAfter() != null) ? "the receiver asked to retry after " + print(wait)
						: "the next retry would be after " + print(wait);
				throw fail(attempt, outcome.problem() + "; " + waitText + ", beyond " + this.target.prefix()
						+ ".delivery-timeout (" + print(this.deliveryTimeout) + ")");
			}
			pause(wait, deadline);
			backoff = backoff.multipliedBy(2);
		}
	}

	/**
	 * From now on, retries end at the deadline.
	 * @param timeout time left to deliver
	 */
	void stopWithin(Duration timeout) {
		this.stopDeadline = System.nanoTime() + timeout.toNanos();
		this.stopping = true;
	}

	private Outcome attempt(byte[] json, Duration remaining) {
		RestClient client = (remaining.compareTo(this.readTimeout) < 0)
				? this.restClient.mutate().requestFactory(requestFactory(remaining)).build() : this.restClient;
		try {
			return client.post()
				.uri(this.target.url())
				.contentType(MediaType.APPLICATION_JSON)
				.headers((headers) -> this.target.headers().forEach(headers::set))
				.body(json)
				.exchange((request, response) -> Outcome.of(response.getStatusCode(),
						response.getHeaders().getFirst("Retry-After"), this.clock), true);
		}
		catch (RestClientException ex) {
			return Outcome.failed("no answer (" + describe(ex) + ")");
		}
	}

	private JdkClientHttpRequestFactory requestFactory(Duration readTimeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(this.client);
		factory.setReadTimeout(readTimeout);
		return factory;
	}

	private long remaining(long deadline) {
		long now = System.nanoTime();
		long remaining = deadline - now;
		return this.stopping ? Math.min(remaining, this.stopDeadline - now) : remaining;
	}

	private void pause(Duration wait, long deadline) {
		long end = System.nanoTime() + wait.toNanos();
		while (true) {
			long left = Math.min(end - System.nanoTime(), remaining(deadline));
			if (left <= 0) {
				return;
			}
			try {
				TimeUnit.NANOSECONDS.sleep(left);
			}
			catch (InterruptedException ex) {
				// the application is stopping: the shutdown deadline applies from now on
			}
		}
	}

	/**
	 * The HTTP client's exception and its root cause, each with its message unless that shows
	 * a secret of the target (the client names the whole URL in some of its messages), such as
	 * {@code ConnectException (ClosedChannelException)}.
	 */
	private String describe(RestClientException ex) {
		Throwable failure = (ex.getCause() != null) ? ex.getCause() : ex;
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String description = describeOne(failure);
		return (root != failure) ? description + " (" + describeOne(root) + ")" : description;
	}

	private String describeOne(Throwable ex) {
		String message = ex.getMessage();
		if (ex instanceof RestClientException || message == null || message.isBlank()
				|| this.target.reveals(message)) {
			return ex.getClass().getSimpleName();
		}
		return ex.getClass().getSimpleName() + ": " + message.replaceAll("\\s+", " ").trim();
	}

	private WebhookDeliveryException fail(int attempts, String problem) {
		String failure = "POST to " + this.target.redacted() + " failed after " + attempts
				+ ((attempts == 1) ? " attempt: " : " attempts: ") + problem;
		String now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
		System.err.println(now + " WARN  [" + Thread.currentThread().getName() + "] " + getClass().getName()
				+ " - Could not deliver an alert of the channel '" + this.channel + "': " + failure);
		return new WebhookDeliveryException(failure);
	}

	static String print(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	/**
	 * What one request came to.
	 *
	 * @param delivered whether the receiver took it
	 * @param retryable whether another attempt may succeed
	 * @param problem why it was not delivered
	 * @param retryAfter how long the receiver asked to wait, if it did
	 */
	private record Outcome(boolean delivered, boolean retryable, String problem, @Nullable Duration retryAfter) {

		static Outcome of(HttpStatusCode status, @Nullable String retryAfter, Clock clock) {
			if (status.is2xxSuccessful()) {
				return new Outcome(true, false, "", null);
			}
			String problem = "the receiver answered " + status.value();
			boolean retryable = status.value() == 429 || status.is5xxServerError();
			return new Outcome(false, retryable, problem, retryable ? parseRetryAfter(retryAfter, clock) : null);
		}

		static Outcome failed(String problem) {
			return new Outcome(false, true, problem, null);
		}

		private static @Nullable Duration parseRetryAfter(@Nullable String value, Clock clock) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
			}
			catch (NumberFormatException ex) {
				// an HTTP-date instead of seconds
			}
			try {
				Duration until = Duration.between(clock.instant(),
						ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

}
