package dev.vigil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features sit around a small core rather than in a chain: the core ({@code dev.vigil})
 * depends on no feature, and a feature depends on another only where listed here, each with
 * its reason. Read from the sources: every {@code dev.vigil.<feature>.<Type>} a file names
 * (imports, fully qualified names, javadoc links) outside its own package.
 */
class PackageDependencyTests {

	/**
	 * What each package may name of the other features: a package (all its types) or a single
	 * type. A package not listed may name none of them.
	 */
	private static final Map<String, Set<String>> ALLOWED = Map.of(
			// request lines go to Vigil's files, and their key-value pairs depend on the file format
			"requests", Set.of("dev.vigil.file"),
			// error handling answers the request filter's seam for exceptions that escape the
			// application (UnhandledExceptionResponder) and backs off for an application's filter
			"errors", Set.of("dev.vigil.requests"),
			// health reports on the files and on alert delivery, as Spring Boot's mail health
			// reports on mail; its error rate is one more listener of the ERROR event pipeline,
			// the pipeline's public seam and nothing else of error handling
			"health",
			Set.of("dev.vigil.file", "dev.vigil.alerts.AlertStats", "dev.vigil.alerts.ChannelStats",
					"dev.vigil.alerts.AlertsAutoConfiguration", "dev.vigil.errors.ErrorEvent",
					"dev.vigil.errors.ErrorEventListener"),
			// the HTTP channels are channels of the alert dispatcher: its public seam only
			"alerts.webhook",
			Set.of("dev.vigil.alerts.Alert", "dev.vigil.alerts.AlertChannel", "dev.vigil.alerts.AlertDigest",
					"dev.vigil.alerts.AlertDispatcher", "dev.vigil.alerts.AlertsAutoConfiguration"),
			// the errors page shows the registry of error handling
			"page", Set.of("dev.vigil.errors"),
			// binds each feature's meters when that feature exists
			"metrics", Set.of("dev.vigil.file", "dev.vigil.requests", "dev.vigil.errors", "dev.vigil.alerts"),
			// the startup notice of reactive applications names the features active there
			"config", Set.of("dev.vigil.file", "dev.vigil.alerts", "dev.vigil.health"));

	private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.vigil\\.([a-z]+)\\.([A-Z]\\w*)");

	private static final Path SOURCES = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
		.resolve("src/main/java/dev/vigil");

	@Test
	void theCoreDependsOnNoFeature() throws IOException {
		assertThat(references().getOrDefault("", Set.of())).isEmpty();
	}

	@Test
	void requestLoggingDoesNotDependOnErrorHandling() throws IOException {
		assertThat(references().getOrDefault("requests", Set.of()))
			.noneMatch((type) -> type.startsWith("dev.vigil.errors."));
	}

	@Test
	void alertsDependOnNoOtherFeature() throws IOException {
		assertThat(references().getOrDefault("alerts", Set.of())).isEmpty();
	}

	@Test
	void healthNamesOfErrorsAndAlertsOnlyTheEventListenerAndTheAlertCounters() throws IOException {
		assertThat(references().getOrDefault("health", Set.of()))
			.filteredOn((type) -> type.startsWith("dev.vigil.errors.") || type.startsWith("dev.vigil.alerts."))
			.allMatch(ALLOWED.get("health")::contains);
	}

	@Test
	void featuresDependOnEachOtherOnlyWhereListed() throws IOException {
		references().forEach((pkg, types) -> assertThat(types).as("dev.vigil.%s names", pkg)
			.allMatch((type) -> isAllowed(pkg, type)));
	}

	private static boolean isAllowed(String pkg, String type) {
		Set<String> allowed = ALLOWED.getOrDefault(pkg, Set.of());
		return allowed.contains(type) || allowed.contains(type.substring(0, type.lastIndexOf('.')));
	}

	/**
	 * The types of other features each package names, by package ({@code ""} is the core).
	 */
	private static Map<String, Set<String>> references() throws IOException {
		Map<String, Set<String>> references = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Path directory = SOURCES.relativize(file).getParent();
				String pkg = (directory != null) ? directory.toString().replace('/', '.') : "";
				Set<String> named = references.computeIfAbsent(pkg, (key) -> new TreeSet<>());
				Matcher matcher = REFERENCE.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!matcher.group(1).equals(pkg)) {
						named.add(matcher.group());
					}
				}
			}
		}
		assertThat(references).containsKeys("", "file", "requests", "errors", "alerts", "health");
		return references;
	}

}
