package dev.vigil.alerts.webhook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.ChannelStats;
import dev.vigil.alerts.webhook.WebhookReceiver.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The HTTP channels go through the proxy the JVM is configured with, as
 * {@code HttpURLConnection} does: a real HTTP server on loopback plays a plain forward proxy
 * (it gets the request in absolute form and answers as the receiver behind it would), and the
 * channels post to a host that does not resolve, so only a request through the proxy arrives.
 */
class WebhookProxyTests {

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private static final String UNRESOLVABLE_URL = "http://alerts.example.invalid/hooks/in?source=vigil";

	private static final List<String> PROXY_PROPERTIES = List.of("http.proxyHost", "http.proxyPort",
			"https.proxyHost", "https.proxyPort");

	private final Map<String, String> proxyProperties = new HashMap<>();

	private final ProxySelector defaultSelector = ProxySelector.getDefault();

	private final Authenticator defaultAuthenticator = Authenticator.getDefault();

	private final WebhookReceiver proxy;

	WebhookProxyTests() throws IOException {
		this.proxy = new WebhookReceiver();
		PROXY_PROPERTIES.forEach((property) -> this.proxyProperties.put(property, System.getProperty(property)));
	}

	@AfterEach
	void restoreTheJvmsProxySettings() {
		this.proxyProperties.forEach(WebhookProxyTests::restore);
		ProxySelector.setDefault(this.defaultSelector);
		Authenticator.setDefault(this.defaultAuthenticator);
		this.proxy.close();
	}

	@Test
	void theProxyOfTheHttpProxySystemPropertiesCarriesTheAlert() {
		System.setProperty("http.proxyHost", "127.0.0.1");
		System.setProperty("http.proxyPort", String.valueOf(port(this.proxy)));
		webhook(UNRESOLVABLE_URL).withPropertyValues("vigil.alerts.webhook.headers.Authorization=Bearer s3cr3t")
			.run((context) -> {
				orders.error("Order {} could not be placed", 1);
				ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
				await().until(() -> webhook.getSent() + webhook.getFailed() == 1);
				assertThat(webhook.getLastFailure()).isNull();
				assertThat(this.proxy.requests()).hasSize(1);
				WebhookReceiver.Request request = this.proxy.requests().get(0);
				assertThat(request.method()).isEqualTo("POST");
				assertThat(request.uri()).isEqualTo(UNRESOLVABLE_URL);
				assertThat(request.header("Host")).isEqualTo("alerts.example.invalid");
				assertThat(request.header("Content-Type")).isEqualTo("application/json");
				assertThat(request.header("Authorization")).isEqualTo("Bearer s3cr3t");
				assertThat(request.json().path("message").asString()).isEqualTo("Order 1 could not be placed");
			});
	}

	@Test
	void anHttpsReceiverIsReachedThroughATunnelOfTheHttpsProxy() throws Exception {
		try (ServerSocket tunnelProxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> requestLine = CompletableFuture.supplyAsync(() -> refuseTunnel(tunnelProxy));
			System.setProperty("https.proxyHost", "127.0.0.1");
			System.setProperty("https.proxyPort", String.valueOf(tunnelProxy.getLocalPort()));
			webhook("https://alerts.example.invalid/hooks/in").run((context) -> {
				orders.error("Order {} could not be placed", 6);
				assertThat(requestLine.get(10, TimeUnit.SECONDS))
					.isEqualTo("CONNECT alerts.example.invalid:443 HTTP/1.1");
			});
		}
	}

	@Test
	void aProxySelectorTheApplicationSetsAfterStartupApplies() {
		webhook(UNRESOLVABLE_URL).run((context) -> {
			ProxySelector.setDefault(new Only(port(this.proxy)));
			orders.error("Order {} could not be placed", 2);
			ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
			await().until(() -> webhook.getSent() + webhook.getFailed() == 1);
			assertThat(webhook.getLastFailure()).isNull();
			assertThat(this.proxy.requests()).extracting(WebhookReceiver.Request::uri).containsExactly(UNRESOLVABLE_URL);
		});
	}

	@Test
	void localReceiversBypassTheProxyAsHttpNonProxyHostsSaysByDefault() throws IOException {
		System.setProperty("http.proxyHost", "127.0.0.1");
		System.setProperty("http.proxyPort", String.valueOf(port(this.proxy)));
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			webhook(receiver.url("/alerts")).run((context) -> {
				orders.error("Order {} could not be placed", 3);
				await().until(() -> receiver.delivered().size() == 1);
				assertThat(receiver.requests()).extracting(WebhookReceiver.Request::uri).containsExactly("/alerts");
				assertThat(this.proxy.requests()).isEmpty();
			});
		}
	}

	@Test
	void withoutADefaultProxySelectorAlertsGoDirectly() throws IOException {
		ProxySelector.setDefault(null);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			webhook(receiver.url("/alerts")).run((context) -> {
				orders.error("Order {} could not be placed", 4);
				await().until(() -> receiver.delivered().size() == 1);
				assertThat(this.proxy.requests()).isEmpty();
			});
		}
	}

	@Test
	void aProxyThatAsksForCredentialsGetsNoneAndTheFailureShows() {
		System.setProperty("http.proxyHost", "127.0.0.1");
		System.setProperty("http.proxyPort", String.valueOf(port(this.proxy)));
		// the JDK's HTTP client answers a 407 only with an Authenticator of its own, not the JVM's
		Authenticator.setDefault(new Authenticator() {

			@Override
			protected PasswordAuthentication getPasswordAuthentication() {
				return new PasswordAuthentication("vigil", "s3cr3t".toCharArray());
			}

		});
		this.proxy.answer(Answer.status(407));
		webhook(UNRESOLVABLE_URL).run((context) -> {
			orders.error("Order {} could not be placed", 5);
			ChannelStats webhook = context.getBean(AlertStats.class).getChannels().get("webhook");
			await().until(() -> webhook.getFailed() == 1);
			assertThat(webhook.getLastFailure()).endsWith(
					"POST to http://alerts.example.invalid failed after 1 attempt: the receiver answered 407; not retried");
			assertThat(this.proxy.requests()).singleElement()
				.satisfies((request) -> assertThat(request.header("Proxy-Authorization")).isNull());
		});
	}

	private static ApplicationContextRunner webhook(String url) {
		return WebhookChannels.runner()
			.withPropertyValues("vigil.alerts.webhook.enabled=true", "vigil.alerts.webhook.url=" + url,
					"vigil.alerts.webhook.retry-backoff=10ms", "vigil.alerts.webhook.delivery-timeout=2s",
					"vigil.alerts.shutdown-timeout=100ms");
	}

	private static int port(WebhookReceiver receiver) {
		String url = receiver.url("");
		return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
	}

	/**
	 * Plays a proxy that reads the first request and refuses the tunnel.
	 * @return the request line the client sent
	 */
	private static String refuseTunnel(ServerSocket proxy) {
		try (Socket connection = proxy.accept()) {
			String line = new BufferedReader(
					new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
			OutputStream out = connection.getOutputStream();
			out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return line;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void restore(String property, String value) {
		if (value != null) {
			System.setProperty(property, value);
		}
		else {
			System.clearProperty(property);
		}
	}

	/**
	 * An application's own selector: every request through one HTTP proxy on loopback.
	 */
	private static final class Only extends ProxySelector {

		private final List<Proxy> proxies;

		Only(int port) {
			this.proxies = List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port)));
		}

		@Override
		public List<Proxy> select(URI uri) {
			return this.proxies;
		}

		@Override
		public void connectFailed(URI uri, SocketAddress address, IOException ex) {
		}

	}

}
