package dev.vigil.config;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.CommonAnnotationBeanPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The first-time work that the background preinitializers of Vigil's features share: loading
 * classes, reading bean classes the way Spring reads them, and binding properties once. Public
 * only so that the preinitializer of each feature package can use it; not meant for
 * applications.
 *
 * @author Vigil
 */
public final class Preinitialization {

	private static final String LIFECYCLE_ANNOTATIONS = "jakarta.annotation.PostConstruct";

	private Preinitialization() {
	}

	/**
	 * Loads and initializes the given classes.
	 * @param classLoader the class loader of the application
	 * @param types the classes
	 * @throws ClassNotFoundException if a class cannot be loaded
	 */
	public static void initialize(ClassLoader classLoader, Class<?>... types) throws ClassNotFoundException {
		for (Class<?> type : types) {
			Class.forName(type.getName(), true, classLoader);
		}
	}

	/**
	 * Loads and initializes each class, and reads it as Spring reads the class of a bean it is
	 * about to create: its constructors, methods and fields with their annotations (what the
	 * {@code @Autowired} and lifecycle annotation post-processors look for) and its declared
	 * methods (where {@code @Bean} factory methods are looked up). The JVM and Spring keep what they read, so
	 * creating the beans on the main thread finds it ready. Spring MVC's exception handler
	 * base class alone took 3 ms there.
	 * @param classLoader the class loader of the application
	 * @param beanClasses the classes of the beans and of the configuration classes that
	 * define them
	 * @throws ClassNotFoundException if a class cannot be loaded
	 */
	public static void introspectBeanClasses(ClassLoader classLoader, Class<?>... beanClasses)
			throws ClassNotFoundException {
		initialize(classLoader, beanClasses);
		AutowiredAnnotationBeanPostProcessor autowired = new AutowiredAnnotationBeanPostProcessor();
		CommonAnnotationBeanPostProcessor lifecycle = lifecycleAnnotations();
		for (Class<?> type : beanClasses) {
			String name = type.getName();
			autowired.determineCandidateConstructors(type, name);
			autowired.postProcessMergedBeanDefinition(new RootBeanDefinition(type), type, name);
			if (lifecycle != null) {
				lifecycle.postProcessMergedBeanDefinition(new RootBeanDefinition(type), type, name);
			}
			ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS);
		}
	}

	/**
	 * Binds the properties class once from the given values, which sets up the converters
	 * its properties need.
	 * @param <T> the type of the properties
	 * @param prefix the prefix of the properties, such as {@code vigil.file}
	 * @param type the properties class
	 * @param values values of some of its properties, by their full names
	 * @return the bound properties
	 */
	public static <T> T bind(String prefix, Class<T> type, Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
	}

	// as Spring registers the post-processor only when jakarta.annotation is present
	private static @Nullable CommonAnnotationBeanPostProcessor lifecycleAnnotations() {
		return ClassUtils.isPresent(LIFECYCLE_ANNOTATIONS, Preinitialization.class.getClassLoader())
				? new CommonAnnotationBeanPostProcessor() : null;
	}

}
