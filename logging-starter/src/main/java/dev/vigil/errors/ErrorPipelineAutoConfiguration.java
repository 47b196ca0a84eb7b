package dev.vigil.errors;

import dev.vigil.ConditionalOnLogback;
import dev.vigil.ConditionalOnVigilEnabled;
import dev.vigil.ErrorFingerprint;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the one path of every ERROR event: an appender on Logback's root
 * logger that fingerprints each ERROR event once and hands it to every
 * {@link ErrorEventListener} bean (the error registry, the {@code vigil.errors} metric, the
 * health indicator's error rate). Any kind of application, web or not.
 *
 * @author Vigil
 */
@AutoConfiguration
@ConditionalOnLogback
@ConditionalOnVigilEnabled
public final class ErrorPipelineAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorFingerprint errorFingerprint(BeanFactory beanFactory) {
		return ErrorFingerprint.forApplication(beanFactory);
	}

	@Bean
	ErrorEventAppenderRegistrar vigilErrorEventAppenderRegistrar(ErrorFingerprint errorFingerprint,
			ObjectProvider<ErrorEventListener> listeners, BeanFactory beanFactory) {
		return new ErrorEventAppenderRegistrar(beanFactory, errorFingerprint, listeners);
	}

}
