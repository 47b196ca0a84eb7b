package dev.vigil.alerts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.SocketFactory;

import org.jspecify.annotations.Nullable;

/**
 * Creates the sockets of Vigil's connections to the mail server and remembers those of the
 * mail being delivered, so that they can be closed at its deadline. Socket timeouts do not end
 * a conversation with a server that sends a byte every few seconds; closing the socket from
 * another thread does, whatever JavaMail is waiting for.
 */
final class DeliverySockets extends SocketFactory {

	private volatile @Nullable Delivery current;

	/**
	 * Starts remembering the sockets of one delivery.
	 * @return the delivery, to be closed at its deadline
	 */
	Delivery open() {
		Delivery delivery = new Delivery();
		this.current = delivery;
		return delivery;
	}

	/**
	 * Closes the sockets of the delivery that was opened last.
	 */
	void closeCurrent() {
		Delivery delivery = this.current;
		if (delivery != null) {
			delivery.close();
		}
	}

	@Override
	public Socket createSocket() throws IOException {
		Socket socket = new Socket();
		Delivery delivery = this.current;
		if (delivery != null) {
			delivery.add(socket);
		}
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return connect(createSocket(), new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket socket = createSocket();
		socket.bind(new InetSocketAddress(localHost, localPort));
		return connect(socket, new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return connect(createSocket(), new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort)
			throws IOException {
		Socket socket = createSocket();
		socket.bind(new InetSocketAddress(localAddress, localPort));
		return connect(socket, new InetSocketAddress(host, port));
	}

	private static Socket connect(Socket socket, InetSocketAddress address) throws IOException {
		socket.connect(address);
		return socket;
	}

	/**
	 * The sockets of one delivery.
	 */
	static final class Delivery {

		private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

		private volatile boolean closed;

		private void add(Socket socket) {
			this.sockets.add(socket);
			if (this.closed) {
				// the deadline passed while JavaMail was still opening this one
				close();
			}
		}

		/**
		 * Closes every socket of the delivery, and any it still opens.
		 */
		void close() {
			this.closed = true;
			for (Socket socket : this.sockets) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closed either way
				}
			}
		}

	}

}
