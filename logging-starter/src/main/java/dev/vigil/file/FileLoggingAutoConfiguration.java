package dev.vigil.file;

import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.LogbackLoggingSystem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the rotating app and error log files.
 * <p>
 * In an application started by {@code SpringApplication} the files are already attached by
 * {@link FileLoggingApplicationListener}, early enough to capture the startup lines; this
 * configuration attaches them in any other context (tests, plain contexts).
 *
 * @author Vigil
 */
@AutoConfiguration
@ConditionalOnLogback
@ConditionalOnVigilEnabled
@ConditionalOnBooleanProperty(name = "vigil.file.enabled", matchIfMissing = true)
@EnableConfigurationProperties(FileLoggingProperties.class)
public final class FileLoggingAutoConfiguration {

	@Bean(FileLoggingApplicationListener.BEAN_NAME)
	@ConditionalOnMissingBean
	RollingFiles vigilRollingFiles(FileLoggingProperties properties, Environment environment) {
		return RollingFiles.attach(properties,
				new LogFileEncoders(LogbackLoggingSystem.requiredContext(), properties, environment));
	}

}
