package dev.vigil.file;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.LengthCounter;
import ch.qos.logback.core.rolling.RollingPolicy;
import ch.qos.logback.core.rolling.RolloverFailure;
import ch.qos.logback.core.rolling.TriggeringPolicy;
import ch.qos.logback.core.rolling.helper.CompressionMode;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.jspecify.annotations.Nullable;

/**
 * Rotates a log file once it has reached a size, keeping numbered backups {@code name.1}
 * (newest) to {@code name.N}, optionally gzipped.
 * <p>
 * Logback's {@code FixedWindowRollingPolicy} caps the window at 20 files and its
 * {@code SizeBasedTriggeringPolicy} only looks at the file size every few milliseconds, so a
 * busy application overshoots the size; this policy counts the bytes the appender writes
 * (Logback's {@link LengthCounter}) and checks them on every event.
 *
 * @param <E> the event type
 */
class NumberedBackups<E> extends ContextAwareBase implements RollingPolicy, TriggeringPolicy<E> {

	private final Path activeFile;

	private final long maxBytes;

	private final int maxBackups;

	private final boolean compress;

	private final FileCreator creator;

	private final ByteBudget written = new ByteBudget();

	/**
	 * Set once the budget is spent. Kept apart from the byte count: that one is written on every
	 * event, and a flag on the same cache line would make every reader miss.
	 */
	private volatile boolean rotationDue;

	private volatile boolean started;

	NumberedBackups(Path activeFile, long maxBytes, int maxBackups, boolean compress, FileCreator creator) {
		this.activeFile = activeFile;
		this.maxBytes = maxBytes;
		this.maxBackups = maxBackups;
		this.compress = compress;
		this.creator = creator;
	}

	@Override
	public boolean isTriggeringEvent(File activeFile, E event) {
		return this.rotationDue;
	}

	@Override
	public LengthCounter getLengthCounter() {
		return this.written;
	}

	// Called by RollingFileAppender with the stream closed and its write lock held.
	@Override
	public void rollover() throws RolloverFailure {
		this.written.reset();
		try {
			if (this.maxBackups == 0) {
				Files.deleteIfExists(this.activeFile);
				return;
			}
			Files.deleteIfExists(backup(this.maxBackups));
			for (int i = this.maxBackups - 1; i >= 1; i--) {
				Path from = backup(i);
				if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
					Files.move(from, backup(i + 1), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			if (this.compress) {
				gzip(this.activeFile, backup(1), this.creator);
				Files.delete(this.activeFile);
			}
			else {
				Files.move(this.activeFile, backup(1), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new RolloverFailure("Could not rotate " + this.activeFile + ": " + ex);
		}
	}

	Path backup(int index) {
		String name = this.activeFile.getFileName() + "." + index + (this.compress ? ".gz" : "");
		return this.activeFile.resolveSibling(name);
	}

	/**
	 * Renaming replaces a symbolic link planted at the target instead of following it; the
	 * partial file is new, under a name nobody can guess in advance.
	 */
	private static void gzip(Path source, Path target, FileCreator creator) throws IOException {
		Path partial = creator.createTemporaryFile(target);
		try {
			try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS);
					OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial, StandardOpenOption.WRITE,
							StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS), 64 * 1024)) {
				in.transferTo(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Counts from the given size on, as when the file was opened: the bytes that a failed write
	 * dropped are not in the file and must not make it rotate.
	 * @param bytesInFile the size of the file now
	 */
	void restartCount(long bytesInFile) {
		this.written.reset();
		this.written.add(bytesInFile);
	}

	@Override
	public String getActiveFileName() {
		return this.activeFile.toString();
	}

	@Override
	public CompressionMode getCompressionMode() {
		return this.compress ? CompressionMode.GZ : CompressionMode.NONE;
	}

	@Override
	public void setParent(@Nullable FileAppender<?> appender) {
	}

	@Override
	public void start() {
		this.started = true;
	}

	@Override
	public void stop() {
		this.started = false;
	}

	@Override
	public boolean isStarted() {
		return this.started;
	}

	/**
	 * The bytes written to the active file. RollingFileAppender adds to it and rotates while
	 * holding its stream lock, so a plain sum is safe; every event reads only the volatile flag,
	 * which changes once per rotation (a LongAdder's sum read by every event costs more when
	 * several threads log).
	 */
	private final class ByteBudget implements LengthCounter {

		private long length;

		@Override
		public void add(long bytes) {
			this.length += bytes;
			if (this.length >= NumberedBackups.this.maxBytes && !NumberedBackups.this.rotationDue) {
				NumberedBackups.this.rotationDue = true;
			}
		}

		@Override
		public long getLength() {
			return this.length;
		}

		@Override
		public void reset() {
			this.length = 0;
			NumberedBackups.this.rotationDue = false;
		}

	}

}
