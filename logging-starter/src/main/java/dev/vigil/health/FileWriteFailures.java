package dev.vigil.health;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.core.recovery.ResilientFileOutputStream;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import org.jspecify.annotations.Nullable;

/**
 * Remembers that Logback failed to write one of Vigil's log files, until it reports that it
 * recovered.
 * <p>
 * A file appender does not throw when a write fails (disk full, file system gone read-only):
 * its {@link ResilientFileOutputStream} reports an error status, drops the lines and retries
 * to open the file now and then. Listening to those statuses costs nothing on the logging
 * path; they are rare.
 */
final class FileWriteFailures implements StatusListener {

	private final Set<Path> files;

	private final Map<Path, String> failures = new ConcurrentHashMap<>();

	FileWriteFailures(Set<Path> files) {
		this.files = files;
	}

	@Override
	public void addStatusEvent(Status status) {
		if (!(status.getOrigin() instanceof ResilientFileOutputStream stream) || stream.getFile() == null) {
			return;
		}
		Path file = stream.getFile().toPath().toAbsolutePath();
		if (!this.files.contains(file)) {
			return;
		}
		if (status.getLevel() == Status.ERROR) {
			Throwable cause = status.getThrowable();
			this.failures.put(file, status.getMessage() + ((cause != null) ? ": " + cause.getMessage() : ""));
		}
		else if (status.getMessage().startsWith("Recovered")) {
			this.failures.remove(file);
		}
	}

	/**
	 * The last write failure of a file that has not recovered since.
	 * @return the failure, or {@code null} when every file is being written
	 */
	@Nullable String failure() {
		return this.failures.values().stream().findFirst().orElse(null);
	}

}
