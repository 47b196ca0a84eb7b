package dev.vigil.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that accepts connections and then sends its greeting one byte a second, a
 * line that never ends: every read of the client gets a byte before its socket timeout, so
 * only an overall deadline ends the conversation.
 */
final class TricklingSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private final AtomicInteger cutOff = new AtomicInteger();

	TricklingSmtpServer() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		start(this::accept, "trickling-smtp-server");
	}

	int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Connections accepted so far.
	 * @return the number of connections
	 */
	int connections() {
		return this.connections.size();
	}

	/**
	 * Connections the client closed while the greeting was still trickling.
	 * @return the number of such connections
	 */
	int cutOff() {
		return this.cutOff.get();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket connection = this.server.accept();
				this.connections.add(connection);
				start(() -> trickle(connection), "trickling-smtp-connection");
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void trickle(Socket connection) {
		try {
			OutputStream out = connection.getOutputStream();
			out.write("220 ".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			while (!this.server.isClosed()) {
				Thread.sleep(1000);
				out.write('x');
				out.flush();
			}
		}
		catch (IOException ex) {
			if (!this.server.isClosed()) {
				this.cutOff.incrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void start(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket connection : this.connections) {
			connection.close();
		}
	}

}
