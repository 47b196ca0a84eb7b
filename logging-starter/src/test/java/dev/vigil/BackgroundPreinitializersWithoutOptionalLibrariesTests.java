package dev.vigil;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vigil's background preinitializers touch optional libraries (Micrometer, its Prometheus
 * registry, the actuator, Jackson) only after checking that they are there. Each runs here in a
 * class loader of its own, on the test class path without one of those libraries: a missing
 * check would fail with a {@code NoClassDefFoundError}, which Spring Boot would swallow.
 */
class BackgroundPreinitializersWithoutOptionalLibrariesTests {

	private static final List<String> PREINITIALIZERS = List.of("dev.vigil.file.FileLoggingBackgroundPreinitializer",
			"dev.vigil.errors.ErrorHandlingBackgroundPreinitializer",
			"dev.vigil.health.LoggingHealthBackgroundPreinitializer",
			"dev.vigil.requests.RequestLogBackgroundPreinitializer");

	@ParameterizedTest(name = "without {0}")
	@ValueSource(strings = { "micrometer-registry-prometheus", "micrometer-", "spring-boot-actuator",
			"jackson-databind", "spring-webmvc", "spring-boot-health", "tomcat-embed-core" })
	void eachRunsThroughWithout(String jarPrefix) throws Exception {
		List<URL> classPath = classPathWithout(jarPrefix);
		try (URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new),
				ClassLoader.getPlatformClassLoader())) {
			Method preinitialize = loader.loadClass(BackgroundPreinitializer.class.getName()).getMethod("preinitialize");
			for (String name : PREINITIALIZERS) {
				Constructor<?> constructor = Class.forName(name, false, loader).getDeclaredConstructor();
				constructor.setAccessible(true);
				Object preinitializer = constructor.newInstance();
				try {
					preinitialize.invoke(preinitializer);
				}
				catch (InvocationTargetException ex) {
					throw new AssertionError(name + " failed without " + jarPrefix + "*", ex.getCause());
				}
			}
		}
	}

	private static List<URL> classPathWithout(String jarPrefix) throws MalformedURLException {
		List<URL> urls = new ArrayList<>();
		int left = 0;
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			File file = new File(entry);
			if (file.getName().startsWith(jarPrefix)) {
				left++;
			}
			else {
				urls.add(file.toURI().toURL());
			}
		}
		// the library was on the class path, so the run without it tests something
		assertThat(left).as("jars named %s* left out", jarPrefix).isPositive();
		return urls;
	}

}
