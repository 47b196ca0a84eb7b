package dev.vigil.file;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates and opens Vigil's directories and files so that the log directory is not a way into
 * the host: a symbolic link planted where a log file belongs is refused, never written
 * through; temporary files are created exclusively under unpredictable names; what Vigil
 * creates gets the configured permissions (where the file system has POSIX permissions), and
 * what exists keeps its own.
 */
final class FileCreator {

	private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
			StandardOpenOption.APPEND);

	private static final Set<OpenOption> APPEND_EXISTING = Set.of(StandardOpenOption.WRITE,
			StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);

	private final Set<PosixFilePermission> filePermissions;

	private final Set<PosixFilePermission> directoryPermissions;

	private final boolean posix;

	FileCreator(FileLoggingProperties.Permissions permissions) {
		this.filePermissions = PosixFilePermissions.fromString(permissions.getFile());
		this.directoryPermissions = PosixFilePermissions.fromString(permissions.getDirectory());
		this.posix = Path.of("").getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Creates a directory and its missing parents, each with the directory permissions.
	 * @param directory the directory
	 * @throws IOException when a missing directory cannot be created
	 */
	void createDirectories(Path directory) throws IOException {
		Deque<Path> missing = new ArrayDeque<>();
		for (Path dir = directory.toAbsolutePath(); dir != null && Files.notExists(dir); dir = dir.getParent()) {
			missing.push(dir);
		}
		for (Path dir : missing) {
			try {
				Files.createDirectory(dir, attributes(this.directoryPermissions));
				restrict(dir, this.directoryPermissions);
			}
			catch (FileAlreadyExistsException ex) {
				// created meanwhile (another application); fine when it is a directory
				if (!Files.isDirectory(dir)) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Opens a log file for appending, creating it when it is missing.
	 * @param file the file
	 * @return the open channel, positioned at the end of the file
	 * @throws IOException when the file cannot be opened, or is not a regular file (a
	 * symbolic link, a device, a directory)
	 */
	FileChannel openForAppending(Path file) throws IOException {
		try {
			FileChannel channel = FileChannel.open(file, CREATE_NEW, attributes(this.filePermissions));
			restrict(file, this.filePermissions);
			return channel;
		}
		catch (FileAlreadyExistsException ex) {
			// O_EXCL: fails for any existing name, a dangling symbolic link included
		}
		BasicFileAttributes existing = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (existing.isSymbolicLink()) {
			throw new IOException(file + " is a symbolic link; Vigil does not write through links. "
					+ "Remove it and the file is created anew");
		}
		// checked before opening too: opening a named pipe for writing waits for a reader
		if (!existing.isRegularFile()) {
			throw new IOException(file + " is not a regular file");
		}
		FileChannel channel = FileChannel.open(file, APPEND_EXISTING);
		if (!Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
			channel.close();
			throw new IOException(file + " is not a regular file");
		}
		return channel;
	}

	/**
	 * Creates an empty temporary file beside a target, exclusively and under an unpredictable
	 * name, with the file permissions.
	 * @param target the file the temporary file will become
	 * @return the temporary file
	 * @throws IOException when it cannot be created
	 */
	Path createTemporaryFile(Path target) throws IOException {
		Path file = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp",
				attributes(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
		restrict(file, this.filePermissions);
		return file;
	}

	private FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
		return this.posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

	/**
	 * The permissions given at creation are narrowed by the umask, never widened: this sets
	 * exactly the configured ones. A file system that refuses (no POSIX permissions despite the
	 * view) leaves the narrower ones, which is safe.
	 */
	private void restrict(Path path, Set<PosixFilePermission> permissions) {
		if (this.posix) {
			PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
					LinkOption.NOFOLLOW_LINKS);
			try {
				if (view != null) {
					view.setPermissions(permissions);
				}
			}
			catch (IOException | UnsupportedOperationException ex) {
				// narrower than configured: safe
			}
		}
	}

}
