package dev.vigil.config;

import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.AlertsAutoConfiguration;
import dev.vigil.alerts.MailAlertsAutoConfiguration;
import dev.vigil.file.FileLoggingAutoConfiguration;
import dev.vigil.file.RollingFiles;
import dev.vigil.health.LoggingHealthAutoConfiguration;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * In a reactive (WebFlux) web application, says once at startup which of Vigil's features work
 * there and which do not: the request line, request ids, problem responses and the error
 * registry exist for servlet web applications only.
 *
 * @author Vigil
 */
@AutoConfiguration(after = { FileLoggingAutoConfiguration.class, MailAlertsAutoConfiguration.class, AlertsAutoConfiguration.class,
		LoggingHealthAutoConfiguration.class })
@ConditionalOnVigilEnabled
@ConditionalOnWebApplication(type = Type.REACTIVE)
public final class ReactiveApplicationAutoConfiguration {

	@Bean
	static ReactiveApplicationNotice vigilReactiveApplicationNotice(ObjectProvider<RollingFiles> files,
			ObjectProvider<AlertStats> alerts, ListableBeanFactory beanFactory) {
		return new ReactiveApplicationNotice(files, alerts, beanFactory);
	}

}
