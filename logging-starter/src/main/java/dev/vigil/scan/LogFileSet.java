package dev.vigil.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files to scan, in the order to read them: each file with its backups, oldest first
 * ({@code app.log.3.gz}, {@code app.log.2}, {@code app.log.1}, {@code app.log}), and an error
 * log before the application log beside it, since what the error log holds alone is older.
 */
final class LogFileSet {

	static final String APP_LOG = "app.log";

	static final String ERROR_LOG = "error.log";

	private static final Pattern DIRECTORY_MEMBER = Pattern.compile("(?:app|error)\\.log(?:\\.\\d+(?:\\.gz)?)?");

	private static final Pattern BACKUP = Pattern.compile("(.+?)\\.(\\d{1,9})(\\.gz)?");

	private LogFileSet() {
	}

	/**
	 * A file to scan.
	 *
	 * @param path the file
	 * @param name the file as shown to the user
	 * @param listed whether it was found in a directory rather than named (such a file may be
	 * rotated away before it is read)
	 * @param coveredBy for an error log: the application log beside it, oldest file first,
	 * which holds every entry of the error log from its own first entry on; else empty
	 */
	record LogFile(Path path, String name, boolean listed, List<Path> coveredBy) {
	}

	private record Family(Path directory, String base) {
	}

	private record Member(Path path, String name, int index, boolean listed) {
	}

	/**
	 * The files of the paths given on the command line: directories contribute their
	 * {@code app.log} and {@code error.log} with backups, files are read whatever their name.
	 * @throws ScanException when a path does not exist, or a file cannot be read
	 */
	static List<LogFile> resolve(List<String> paths) throws ScanException {
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
		return order(families);
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
				if (DIRECTORY_MEMBER.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
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

	private static void add(Map<Family, List<Member>> families, Set<Path> seen, Path file, String name, boolean listed)
			throws ScanException {
		if (!Files.isReadable(file)) {
			throw new ScanException(name + ": cannot read the file (permission denied)");
		}
		Path absolute = file.toAbsolutePath().normalize();
		if (!seen.add(absolute)) {
			return;
		}
		String fileName = absolute.getFileName().toString();
		Matcher backup = BACKUP.matcher(fileName);
		boolean isBackup = backup.matches();
		Family family = new Family(absolute.getParent(), isBackup ? backup.group(1) : fileName);
		int index = isBackup ? Integer.parseInt(backup.group(2)) : 0;
		families.computeIfAbsent(family, (key) -> new ArrayList<>()).add(new Member(file, name, index, listed));
	}

	private static List<LogFile> order(Map<Family, List<Member>> families) {
		// Oldest backup first; at the same number a gzip backup is the older one.
		Comparator<Member> oldestFirst = Comparator.comparingInt((Member member) -> (member.index() == 0) ? -1 : member.index())
			.reversed()
			.thenComparing((member) -> !member.name().endsWith(".gz"));
		families.values().forEach((members) -> members.sort(oldestFirst));
		List<LogFile> files = new ArrayList<>();
		Set<Family> done = new HashSet<>();
		for (Family family : families.keySet()) {
			Family errors = new Family(family.directory(), ERROR_LOG);
			Family app = new Family(family.directory(), APP_LOG);
			List<Path> coverage = families.containsKey(app)
					? families.get(app).stream().map(Member::path).toList() : List.of();
			if ((family.equals(app) || family.equals(errors)) && families.containsKey(errors) && done.add(errors)) {
				families.get(errors).forEach((member) -> files.add(file(member, coverage)));
			}
			if (done.add(family)) {
				families.get(family).forEach((member) -> files.add(file(member, List.of())));
			}
		}
		return files;
	}

	private static LogFile file(Member member, List<Path> coveredBy) {
		return new LogFile(member.path(), member.name(), member.listed(), coveredBy);
	}

}
