package dev.vigil.alerts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that hangs: it accepts connections and never says a word.
 */
final class SilentSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	SilentSmtpServer() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "silent-smtp-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	int connections() {
		return this.connections.size();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				this.connections.add(this.server.accept());
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	/**
	 * A port on which nothing listens.
	 * @return a port that was free a moment ago
	 */
	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket connection : this.connections) {
			connection.close();
		}
	}

}
