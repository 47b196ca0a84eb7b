package dev.vigil.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/promises.md} backed: every test it names as {@code Class#method} exists,
 * so that a promise cannot outlive the test that keeps it.
 */
class PromisesPageTests {

	private static final Pattern TEST_REFERENCE = Pattern.compile("`([A-Z]\\w*Tests)#(\\w+)`");

	@Test
	void everyTestThePageNamesExists() throws IOException {
		String page = Files.readString(ConfigurationReferenceTests.docs().resolve("promises.md"));
		Map<String, Path> testClasses = testClassesBySimpleName();
		List<String> missing = new ArrayList<>();
		Matcher reference = TEST_REFERENCE.matcher(page);
		int count = 0;
		while (reference.find()) {
			count++;
			Path testClass = testClasses.get(reference.group(1));
			if (testClass == null || !declaresMethod(testClass, reference.group(2))) {
				missing.add(reference.group());
			}
		}
		assertThat(count).as("test references on the page").isGreaterThan(20);
		assertThat(missing).as("tests named on the page that do not exist").isEmpty();
	}

	@Test
	void everyPromiseNamesWhatBacksIt() throws IOException {
		String page = Files.readString(ConfigurationReferenceTests.docs().resolve("promises.md"));
		List<String> unbacked = page.lines()
			.filter((line) -> line.startsWith("| ") && !line.startsWith("| Vigil promises") && !line.startsWith("| ---"))
			.filter((line) -> !TEST_REFERENCE.matcher(line).find() && !line.contains("`mutation` profile"))
			.toList();
		assertThat(unbacked).isEmpty();
	}

	// Read from the sources: some test classes need libraries that only their own Surefire
	// execution has on the class path.
	private static boolean declaresMethod(Path testClass, String name) throws IOException {
		return Pattern.compile("\\bvoid " + name + "\\(").matcher(Files.readString(testClass)).find();
	}

	// Every module's tests: the scanner's are in a module of their own.
	private static Map<String, Path> testClassesBySimpleName() throws IOException {
		Path project = ConfigurationReferenceTests.docs().getParent();
		try (Stream<Path> files = Files.walk(project, 10)) {
			return files.filter((file) -> file.toString().contains("/src/test/java/"))
				.filter((file) -> file.getFileName().toString().endsWith("Tests.java"))
				.collect(Collectors.toMap((file) -> file.getFileName().toString().replace(".java", ""),
						Function.identity()));
		}
	}

}
