package dev.vigil.file;

import ch.qos.logback.classic.LoggerContext;
import dev.vigil.LogbackLoggingSystem;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.metrics.StartupStep;

/**
 * Attaches the log files as soon as the application context exists, right after Spring Boot
 * has (re)initialised Logback, so that the startup lines ({@code Starting ...},
 * {@code Started ... in N seconds}) are in {@code app.log}. Auto-configuration runs too late
 * for that; {@link FileLoggingAutoConfiguration} finds the files registered here and backs off.
 * <p>
 * Nothing is attached while Spring's AOT processing runs the application at build time.
 */
class FileLoggingApplicationListener implements GenericApplicationListener {

	static final String BEAN_NAME = "vigilRollingFiles";

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		return ApplicationContextInitializedEvent.class.isAssignableFrom(eventType.toClass());
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		ConfigurableApplicationContext context = ((ApplicationContextInitializedEvent) event).getApplicationContext();
		ConfigurableEnvironment environment = context.getEnvironment();
		Binder binder = Binder.get(environment);
		boolean enabled = binder.bind("vigil.enabled", Boolean.class).orElse(true)
				&& binder.bind("vigil.file.enabled", Boolean.class).orElse(true);
		if (!enabled || AotProcessing.inProgress()) {
			return;
		}
		// a listener runs before conditions are evaluated: it asks what @ConditionalOnLogback asks
		LoggerContext loggerContext = LogbackLoggingSystem.context();
		if (loggerContext == null) {
			return;
		}
		// a step of its own in Spring's startup recording (the actuator's startup endpoint)
		StartupStep step = context.getApplicationStartup().start("dev.vigil.file.attach");
		RollingFiles files;
		try {
			FileLoggingProperties properties = binder.bindOrCreate("vigil.file", FileLoggingProperties.class);
			files = RollingFiles.attach(properties, new LogFileEncoders(loggerContext, properties, environment));
			step.tag("directory", files.directory().toString());
		}
		finally {
			step.end();
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, files);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, files);
		}
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

}
