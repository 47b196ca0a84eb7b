package dev.vigil.alerts.webhook;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * The JVM's default {@link ProxySelector}, looked up at each request: the JDK's HTTP client
 * would otherwise keep the one that was the default when the channel started, and miss a
 * selector the application installs later, as {@code HttpURLConnection} does not. With no
 * default selector, the connection is direct.
 */
final class JvmProxySelector extends ProxySelector {

	private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

	@Override
	public List<Proxy> select(URI uri) {
		ProxySelector selector = ProxySelector.getDefault();
		return (selector != null) ? selector.select(uri) : DIRECT;
	}

	@Override
	public void connectFailed(URI uri, SocketAddress address, IOException ex) {
		ProxySelector selector = ProxySelector.getDefault();
		if (selector != null) {
			selector.connectFailed(uri, address, ex);
		}
	}

}
