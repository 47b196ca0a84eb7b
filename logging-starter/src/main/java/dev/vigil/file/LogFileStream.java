package dev.vigil.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The stream of one log file: unbuffered, and never failing its writer. It takes the place of
 * Logback's {@code ResilientFileOutputStream}, which opens files through symbolic links,
 * counts nothing it drops and retries only when the next line arrives.
 * <p>
 * Each {@code write} is one event, written to the file in one system call before it returns,
 * so that a killed process loses no line it has logged. Nothing waits in memory, so
 * {@code flush} has nothing to do. No {@code fsync}: that would wait for the disk on every line.
 * <p>
 * When the file cannot be opened or written, the stream is failed: every line written to it is
 * dropped and counted, until {@link #reopen()} succeeds. The appender calls every method while
 * holding its stream lock.
 */
final class LogFileStream extends OutputStream {

	/**
	 * What the appender does when the stream fails or loses lines.
	 */
	interface Listener {

		void failed(String reason);

		void lost(int lines);

	}

	// Lines up to this size are copied into a direct buffer of the stream's own; the JDK would
	// copy a heap buffer into a temporary direct buffer of its own on every write
	private static final int DIRECT_LIMIT = 64 * 1024;

	private final Path file;

	private final FileCreator creator;

	private final Listener listener;

	private @Nullable FileChannel channel;

	private ByteBuffer direct = ByteBuffer.allocateDirect(4096);

	private volatile @Nullable String failure;

	LogFileStream(Path file, FileCreator creator, Listener listener) {
		this.file = file;
		this.creator = creator;
		this.listener = listener;
	}

	/**
	 * Opens the file (creating its directory when needed) unless it is open.
	 * @return whether the file is open
	 */
	boolean reopen() {
		if (this.channel != null) {
			return true;
		}
		try {
			this.creator.createDirectories(this.file.getParent());
			this.channel = this.creator.openForAppending(this.file);
			this.failure = null;
			return true;
		}
		catch (IOException | RuntimeException ex) {
			fail(ex);
			return false;
		}
	}

	/**
	 * Why the file is not being written.
	 * @return the reason, or {@code null} while it is written
	 */
	@Nullable String failure() {
		return this.failure;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) {
		// failed before
		if (this.channel == null) {
			this.listener.lost(1);
			return;
		}
		try {
			writeFully(buffer(bytes, offset, length));
		}
		catch (IOException | RuntimeException ex) {
			fail(ex);
			this.listener.lost(1);
		}
	}

	@Override
	public void write(int b) {
		write(new byte[] { (byte) b }, 0, 1);
	}

	private ByteBuffer buffer(byte[] bytes, int offset, int length) {
		if (length > DIRECT_LIMIT) {
			return ByteBuffer.wrap(bytes, offset, length);
		}
		if (length > this.direct.capacity()) {
			this.direct = ByteBuffer.allocateDirect(Math.min(DIRECT_LIMIT, Math.max(length, 2 * this.direct.capacity())));
		}
		this.direct.clear();
		return this.direct.put(bytes, offset, length).flip();
	}

	private void writeFully(ByteBuffer bytes) throws IOException {
		FileChannel channel = this.channel;
		if (channel == null) {
			throw new IOException("not open");
		}
		long start = -1;
		try {
			while (bytes.hasRemaining()) {
				int written = channel.write(bytes);
				if (bytes.hasRemaining() && start < 0) {
					start = channel.position() - written;
				}
			}
		}
		catch (IOException ex) {
			// a partial write (the disk filled up) leaves a torn line: cut it off, all of these
			// lines are counted as lost
			if (start >= 0) {
				truncate(channel, start);
			}
			throw ex;
		}
	}

	private static void truncate(FileChannel channel, long size) {
		try {
			channel.truncate(size);
		}
		catch (IOException ex) {
			// the write failure is the one reported
		}
	}

	private void fail(Exception ex) {
		closeChannel();
		boolean wasWriting = this.failure == null;
		String reason = describe(ex);
		this.failure = reason;
		if (wasWriting) {
			this.listener.failed(reason);
		}
	}

	// java.nio's messages often name the path only (NoSuchFileException): say what went wrong
	private static String describe(Exception ex) {
		if (ex instanceof FileSystemException fileSystem) {
			return fileSystem.getFile() + ": "
					+ ((fileSystem.getReason() != null) ? fileSystem.getReason() : ex.getClass().getSimpleName());
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

	private void closeChannel() {
		FileChannel channel = this.channel;
		this.channel = null;
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the failure that brought us here is the one reported
			}
		}
	}

	@Override
	public void close() {
		closeChannel();
	}

}
