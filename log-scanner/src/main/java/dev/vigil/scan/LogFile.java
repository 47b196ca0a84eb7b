package dev.vigil.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A file to scan, open for reading from the time the scan found it: renamed or deleted
 * meanwhile, it is still read in full, under the name it was found by.
 */
final class LogFile {

	private final Path path;

	private final String name;

	private final FileChannel channel;

	private final Instant lastModified;

	private List<LogFile> coveredBy = List.of();

	private LogFile(Path path, String name, FileChannel channel, Instant lastModified) {
		this.path = path;
		this.name = name;
		this.channel = channel;
		this.lastModified = lastModified;
	}

	/**
	 * Opens a file.
	 * @param path the file
	 * @param name the file as shown to the user
	 * @param listed whether it was found in a directory rather than named: such a file may
	 * have been rotated away, and is not opened through a symbolic link
	 * @return the open file, or {@code null} for a listed file that is gone
	 */
	static @Nullable LogFile open(Path path, String name, boolean listed) throws ScanException {
		FileChannel channel;
		try {
			channel = listed ? FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)
					: FileChannel.open(path, StandardOpenOption.READ);
		}
		catch (NoSuchFileException ex) {
			if (listed) {
				return null;
			}
			throw new ScanException(name + ": no such file or directory");
		}
		catch (AccessDeniedException ex) {
			throw new ScanException(name + ": cannot read the file (permission denied)");
		}
		catch (IOException ex) {
			throw new ScanException(name + ": cannot open the file (" + ex.getMessage() + ")");
		}
		try {
			// Appenders only append, so no entry of a file is newer than the file itself.
			return new LogFile(path, name, channel, Files.getLastModifiedTime(path).toInstant());
		}
		catch (IOException ex) {
			// renamed since it was opened: it is still read, under the name it was opened by
			return new LogFile(path, name, channel, Instant.MAX);
		}
	}

	/**
	 * The file as found in the directory or named on the command line.
	 */
	Path path() {
		return this.path;
	}

	/**
	 * The file as shown to the user.
	 */
	String name() {
		return this.name;
	}

	/**
	 * When the file was last written, as it was opened.
	 */
	Instant lastModified() {
		return this.lastModified;
	}

	/**
	 * For an error log: the application log beside it, oldest file first, which holds every
	 * entry of the error log from its own first entry on; else empty.
	 */
	List<LogFile> coveredBy() {
		return this.coveredBy;
	}

	void coveredBy(List<LogFile> appLog) {
		this.coveredBy = appLog;
	}

	/**
	 * The file's content from its start; each call reads it anew, and closing the stream
	 * leaves the file open.
	 */
	InputStream read() {
		return new InputStream() {

			private long position;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = LogFile.this.channel.read(ByteBuffer.wrap(buffer, offset, length), this.position);
				this.position += Math.max(read, 0);
				return read;
			}

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
			}

		};
	}

	void close() {
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			// read only: nothing was lost
		}
	}

}
