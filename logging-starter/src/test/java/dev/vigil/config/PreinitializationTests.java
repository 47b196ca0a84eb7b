package dev.vigil.config;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PreinitializationTests {

	@Test
	void initializeRunsTheStaticInitializers() throws ClassNotFoundException {
		// reading a field of Initialized itself would initialize it
		assertThat(Initializations.count).isZero();
		Preinitialization.initialize(getClass().getClassLoader(), Initialized.class);
		assertThat(Initializations.count).isOne();
	}

	@Test
	void initializeReportsAClassThatCannotBeLoaded() {
		// the JDK's classes only: not the test's
		ClassLoader jdkOnly = new ClassLoader(null) {
		};
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Preinitialization.initialize(jdkOnly, Initialized.class));
	}

	@Test
	void introspectBeanClassesNeedsNoBeanFactoryForInjectionPointsLifecycleMethodsAndFactoryMethods() {
		// the post-processors it borrows are used without the bean factory they normally get
		assertThatNoException().isThrownBy(() -> Preinitialization
			.introspectBeanClasses(getClass().getClassLoader(), Annotated.class, AnnotatedConfiguration.class));
	}

	@Test
	void introspectBeanClassesInitializesThemToo() throws ClassNotFoundException {
		assertThat(Initializations.beans).isZero();
		Preinitialization.introspectBeanClasses(getClass().getClassLoader(), InitializedBean.class);
		assertThat(Initializations.beans).isOne();
	}

	@Test
	void bindSetsTheGivenValues() {
		Bound bound = Preinitialization.bind("example", Bound.class, Map.of("example.size", "2KB"));
		assertThat(bound.getSize()).isEqualTo(DataSize.ofKilobytes(2));
	}

	static class Initializations {

		static int count;

		static int beans;

	}

	static class InitializedBean {

		static {
			Initializations.beans++;
		}

	}

	static class Bound {

		private DataSize size = DataSize.ofBytes(1);

		DataSize getSize() {
			return this.size;
		}

		void setSize(DataSize size) {
			this.size = size;
		}

	}

	static class Initialized {

		static {
			Initializations.count++;
		}

	}

	static class Annotated {

		@Autowired
		private Environment environment;

		@Autowired
		Annotated(Environment environment) {
			this.environment = environment;
		}

		@Autowired
		void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@PostConstruct
		void start() {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AnnotatedConfiguration {

		@Bean
		Annotated annotated(Environment environment) {
			return new Annotated(environment);
		}

	}

}
