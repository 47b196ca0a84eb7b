package dev.vigil.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.jspecify.annotations.Nullable;

/**
 * The appender of a log file. Every line is written to the file before {@code append} returns,
 * in one system call and without waiting for the disk: once logged, a line survives the process
 * being killed, as it is in the operating system's hands (a power cut can still lose what the
 * operating system has not written to the disk yet).
 * <p>
 * The file is written through a {@link LogFileStream}: when it cannot be written, its lines are
 * counted as lost, not as written (so a full disk does not make the file rotate), the failure
 * is reported once on the console, and {@link #reopenIfFailed()} opens it again.
 */
final class LogFileAppender extends RollingFileAppender<ILoggingEvent> implements LogFileStream.Listener {

	private final FileCreator creator;

	private volatile @Nullable LogFileStream stream;

	// written under the stream lock only
	private volatile long lostLines;

	LogFileAppender(FileCreator creator) {
		this.creator = creator;
	}

	// Logback's FileAppender opens a ResilientFileOutputStream, following symbolic links
	@Override
	public void openFile(String fileName) {
		this.streamWriteLock.lock();
		try {
			LogFileStream stream = new LogFileStream(Path.of(fileName), this.creator, this);
			this.stream = stream;
			stream.reopen();
			setOutputStream(stream);
		}
		finally {
			this.streamWriteLock.unlock();
		}
	}

	// bytes that did not reach the file do not count toward its rotation
	@Override
	protected void updateByteCount(byte[] bytes) {
		LogFileStream stream = this.stream;
		if (stream != null && stream.failure() == null) {
			super.updateByteCount(bytes);
		}
	}

	/**
	 * Opens the file again if it could not be written; cheap when it can.
	 */
	void reopenIfFailed() {
		LogFileStream stream = this.stream;
		if (stream == null || stream.failure() == null) {
			return;
		}
		this.streamWriteLock.lock();
		try {
			if (isStarted() && stream == this.stream && stream.reopen()) {
				countBytesOnDisk();
				// not a Logback status: those reach the console only while Logback is configured
				System.err.println("Vigil writes " + getFile() + " again; " + this.lostLines
						+ " lines could not be written since the application started");
			}
		}
		finally {
			this.streamWriteLock.unlock();
		}
	}

	@Override
	public void failed(String reason) {
		countBytesOnDisk();
		System.err.println("Vigil cannot write " + getFile() + " (" + reason + "). Its lines are counted as lost "
				+ "and shown in the 'logging' health component; the file is opened again as soon as it can be written.");
	}

	@Override
	public void lost(int lines) {
		this.lostLines += lines;
	}

	/**
	 * Why the file is not being written.
	 * @return the reason, or {@code null} while it is written
	 */
	@Nullable String failure() {
		LogFileStream stream = this.stream;
		return (stream != null) ? stream.failure() : null;
	}

	long lostLines() {
		return this.lostLines;
	}

	// what rotation counts is what the file holds, whatever was dropped before
	private void countBytesOnDisk() {
		if (getRollingPolicy() instanceof NumberedBackups<?> backups) {
			backups.restartCount(sizeOnDisk(Path.of(getFile())));
		}
	}

	private static long sizeOnDisk(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			return attributes.isRegularFile() ? attributes.size() : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
