package dev.vigil.file;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import org.jspecify.annotations.Nullable;

/**
 * The app log's appender. Lines below WARN collect in the file's buffer and are written in one
 * system call when the buffer fills, when a WARN or ERROR line arrives (the line that explains
 * a crash is on disk before the crash), or at the latest one flush interval later, from a
 * daemon thread. Stopping the appender writes what is left. A flush interval of zero writes
 * every line at once, as a plain {@link RollingFileAppender} does.
 */
final class BatchedFileAppender extends RollingFileAppender<ILoggingEvent> {

	private final Duration flushInterval;

	private @Nullable ScheduledExecutorService flusher;

	BatchedFileAppender(Duration flushInterval) {
		this.flushInterval = flushInterval;
		setImmediateFlush(flushInterval.isZero());
	}

	@Override
	public void start() {
		super.start();
		if (isStarted() && !isImmediateFlush()) {
			this.flusher = Executors.newSingleThreadScheduledExecutor(this::flushThread);
			long nanos = this.flushInterval.toNanos();
			this.flusher.scheduleWithFixedDelay(this::flush, nanos, nanos, TimeUnit.NANOSECONDS);
		}
	}

	private Thread flushThread(Runnable task) {
		Thread thread = new Thread(task, "vigil-file-flush");
		thread.setDaemon(true);
		return thread;
	}

	@Override
	protected void subAppend(ILoggingEvent event) {
		super.subAppend(event);
		if (!isImmediateFlush() && event.getLevel().isGreaterOrEqual(Level.WARN)) {
			flush();
		}
	}

	/**
	 * Writes the buffered lines to the file.
	 */
	void flush() {
		this.streamWriteLock.lock();
		try {
			OutputStream out = getOutputStream();
			if (isStarted() && out != null) {
				out.flush();
			}
		}
		catch (IOException | RuntimeException ex) {
			// Logback's resilient stream reports and recovers from I/O failures itself; this
			// only keeps the flush thread alive for the next round
			addError("Could not flush " + getFile(), ex);
		}
		finally {
			this.streamWriteLock.unlock();
		}
	}

	@Override
	public void stop() {
		if (this.flusher != null) {
			this.flusher.shutdownNow();
			this.flusher = null;
		}
		super.stop();
	}

}
