package dev.vigil.config;

import java.nio.file.Path;

import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.health.LoggingHealthAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.asm.ClassWriter;
import org.springframework.asm.Opcodes;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a reactive web application, Vigil says once at startup which of its features work and
 * which do not, instead of leaving the servlet-only ones silently inactive.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReactiveApplicationNoticeTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(FileLoggingAutoConfiguration.class,
			LoggingHealthAutoConfiguration.class, ReactiveApplicationAutoConfiguration.class);

	private static final String NOTICE = "Vigil in a reactive web application:";

	@TempDir
	Path directory;

	/**
	 * A reactive web application context with WebFlux's marker class on its class path: WebFlux
	 * is not a dependency of this module, and {@code @ConditionalOnWebApplication(type = REACTIVE)}
	 * asks for that class.
	 */
	private static ReactiveWebApplicationContextRunner reactive() {
		return new ReactiveWebApplicationContextRunner().withClassLoader(new WebFluxMarkerClassLoader());
	}

	@Test
	void reactiveApplicationIsToldOnceWhatIsActiveAndWhatIsNot(CapturedOutput output) {
		reactive().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("vigil.file.directory=" + this.directory)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output.getOut().lines().filter((line) -> line.contains(NOTICE))).singleElement()
			.satisfies((line) -> assertThat(line).contains(" INFO ")
				.contains("dev.vigil")
				.contains("active: log files, logging health")
				.contains("not active, they need a servlet web application: request line, request ids, "
						+ "problem responses, error registry"));
	}

	@Test
	void reactiveApplicationIsToldOnlyWhatIsReallyActive(CapturedOutput output) {
		reactive().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("vigil.file.enabled=false", "management.health.logging.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output.getOut().lines().filter((line) -> line.contains(NOTICE))).singleElement()
			.satisfies((line) -> assertThat(line).contains("active: none;"));
	}

	@Test
	void servletApplicationIsNotTold(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("vigil.file.directory=" + this.directory)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(NOTICE);
	}

	@Test
	void nonWebApplicationIsNotTold(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("vigil.file.directory=" + this.directory)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(NOTICE);
	}

	@Test
	void reactiveApplicationWithVigilDisabledIsNotTold(CapturedOutput output) {
		reactive().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("vigil.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(NOTICE);
	}

	private static final class WebFluxMarkerClassLoader extends ClassLoader {

		private static final String MARKER = "org.springframework.web.reactive.HandlerResult";

		WebFluxMarkerClassLoader() {
			super(ReactiveApplicationNoticeTests.class.getClassLoader());
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			if (!MARKER.equals(name)) {
				throw new ClassNotFoundException(name);
			}
			ClassWriter writer = new ClassWriter(0);
			writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, MARKER.replace('.', '/'), null, "java/lang/Object", null);
			writer.visitEnd();
			byte[] bytes = writer.toByteArray();
			return defineClass(name, bytes, 0, bytes.length);
		}

	}

}
