package dev.vigil.scan;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The files to scan, in the order to read them: each file with its backups, oldest first
 * ({@code app.log.3.gz}, {@code app.log.2}, {@code app.log.1}, {@code app.log}), and an error
 * log before the application log beside it, since what the error log holds alone is older.
 * <p>
 * Every file is opened before any is read. The application may rotate its files during a
 * scan, renaming {@code app.log} to {@code app.log.1} and deleting the oldest backup; an open
 * file survives being renamed or deleted, so the scan reads each file as it was found, under
 * the name it had then, and loses none.
 * <p>
 * Symbolic links found in a directory are not followed: whoever can write to the log
 * directory must not be able to make the scanner print another file. A link named on the
 * command line is followed, as the user chose it.
 */
final class LogFileSet implements Closeable {

	static final String APP_LOG = "app.log";

	static final String ERROR_LOG = "error.log";

	private static final Pattern DIRECTORY_MEMBER = Pattern.compile("(?:app|error)\\.log(?:\\.\\d+(?:\\.gz)?)?");

	private static final Pattern BACKUP = Pattern.compile("(.+?)\\.(\\d{1,9})(\\.gz)?");

	// A rotation takes milliseconds: a second look after it finds the files settled.
	private static final int MAX_ATTEMPTS = 3;

	private final List<LogFile> files;

	private LogFileSet(List<LogFile> files) {
		this.files = files;
	}

	/**
	 * Opens the files of the paths given on the command line: directories contribute their
	 * {@code app.log} and {@code error.log} with backups, files are read whatever their name.
	 * @throws ScanException when a path does not exist, or a file cannot be opened
	 */
	static LogFileSet open(List<String> paths) throws ScanException {
		return open(paths, () -> {
		});
	}

	/**
	 * Opens the files; when they were renamed between being found and being opened (a rotation
	 * in that instant), finds and opens them again, as a file moved to a backup number not
	 * yet listed would be missed.
	 * @param afterListing run each time the files are found, before they are opened
	 */
	static LogFileSet open(List<String> paths, Runnable afterListing) throws ScanException {
		for (int attempt = 1;; attempt++) {
			Map<Family, List<Member>> families = resolve(paths);
			afterListing.run();
			Map<Member, LogFile> opened = openAll(families);
			boolean settled;
			try {
				settled = attempt == MAX_ATTEMPTS || members(resolve(paths)).equals(members(families));
			}
			catch (ScanException ex) {
				opened.values().forEach(LogFile::close);
				throw ex;
			}
			if (settled) {
				return new LogFileSet(order(families, opened));
			}
			opened.values().forEach(LogFile::close);
		}
	}

	private static Map<Member, LogFile> openAll(Map<Family, List<Member>> families) throws ScanException {
		Map<Member, LogFile> opened = new HashMap<>();
		try {
			for (Member member : members(families)) {
				LogFile file = LogFile.open(member.path(), member.name(), member.listed());
				if (file != null) {
					opened.put(member, file);
				}
			}
			return opened;
		}
		catch (ScanException ex) {
			opened.values().forEach(LogFile::close);
			throw ex;
		}
	}

	private static Set<Member> members(Map<Family, List<Member>> families) {
		Set<Member> members = new LinkedHashSet<>();
		families.values().forEach(members::addAll);
		return members;
	}

	/**
	 * The files in the order to read them.
	 */
	List<LogFile> files() {
		return this.files;
	}

	@Override
	public void close() {
		this.files.forEach(LogFile::close);
	}

	private record Family(Path directory, String base) {
	}

	/**
	 * A file as found: {@code key} tells whether the same name still holds the same file.
	 */
	private record Member(Path path, String name, int index, boolean listed, @Nullable Object key) {
	}

	private static Map<Family, List<Member>> resolve(List<String> paths) throws ScanException {
		Map<Family, List<Member>> families = new LinkedHashMap<>();
		Set<Path> seen = new HashSet<>();
		for (String argument : paths) {
			Path path = path(argument);
			if (Files.isDirectory(path)) {
				for (Path file : list(path, argument)) {
					add(families, seen, file, file.toString(), true);
				}
			}
			else if (Files.isRegularFile(path)) {
				add(families, seen, path, argument, false);
			}
			else {
				throw new ScanException(argument + ": " + (Files.exists(path) ? "not a regular file or directory"
						: "no such file or directory"));
			}
		}
		return families;
	}

	private static Path path(String argument) throws ScanException {
		try {
			return Path.of(argument);
		}
		catch (InvalidPathException ex) {
			throw new ScanException(argument + ": not a valid path");
		}
	}

	private static List<Path> list(Path directory, String argument) throws ScanException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
			for (Path entry : entries) {
				if (DIRECTORY_MEMBER.matcher(entry.getFileName().toString()).matches()
						&& Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					files.add(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new ScanException(argument + ": cannot list the directory (" + ex + ")");
		}
		if (files.isEmpty()) {
			throw new ScanException(argument + ": holds no " + APP_LOG + " or " + ERROR_LOG
					+ "; name the files to scan instead");
		}
		return files;
	}

	private static void add(Map<Family, List<Member>> families, Set<Path> seen, Path file, String name,
			boolean listed) {
		Path absolute = file.toAbsolutePath().normalize();
		if (!seen.add(absolute)) {
			return;
		}
		String fileName = absolute.getFileName().toString();
		Matcher backup = BACKUP.matcher(fileName);
		boolean isBackup = backup.matches();
		Family family = new Family(absolute.getParent(), isBackup ? backup.group(1) : fileName);
		int index = isBackup ? Integer.parseInt(backup.group(2)) : 0;
		families.computeIfAbsent(family, (key) -> new ArrayList<>())
			.add(new Member(file, name, index, listed, fileKey(file, listed)));
	}

	private static @Nullable Object fileKey(Path file, boolean listed) {
		try {
			LinkOption[] options = listed ? new LinkOption[] { LinkOption.NOFOLLOW_LINKS } : new LinkOption[0];
			return Files.readAttributes(file, BasicFileAttributes.class, options).fileKey();
		}
		catch (IOException ex) {
			return null; // gone since it was listed
		}
	}

	private static List<LogFile> order(Map<Family, List<Member>> families, Map<Member, LogFile> opened) {
		// Oldest backup first; at the same number a gzip backup is the older one.
		Comparator<Member> oldestFirst = Comparator.comparingInt((Member member) -> (member.index() == 0) ? -1 : member.index())
			.reversed()
			.thenComparing((member) -> !member.name().endsWith(".gz"));
		Map<Family, List<LogFile>> ordered = new LinkedHashMap<>();
		families.forEach((family, members) -> ordered.put(family,
				members.stream().sorted(oldestFirst).map(opened::get).filter(Objects::nonNull).toList()));
		List<LogFile> files = new ArrayList<>();
		Set<Family> done = new HashSet<>();
		for (Family family : ordered.keySet()) {
			Family errors = new Family(family.directory(), ERROR_LOG);
			Family app = new Family(family.directory(), APP_LOG);
			List<LogFile> coverage = ordered.getOrDefault(app, List.of());
			if ((family.equals(app) || family.equals(errors)) && ordered.containsKey(errors) && done.add(errors)) {
				ordered.get(errors).forEach((file) -> file.coveredBy(coverage));
				files.addAll(ordered.get(errors));
			}
			if (done.add(family)) {
				files.addAll(ordered.get(family));
			}
		}
		return files;
	}

}
