package dev.vigil.alerts.webhook;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Fails the startup when an HTTP channel is switched on but Spring's {@code RestClient} or
 * Jackson 3 is not on the classpath: silently not alerting would be found out on the day an
 * alert was needed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional({ HttpSupportMissingConfiguration.AnyChannelEnabled.class,
		HttpSupportMissingConfiguration.HttpSupportMissing.class })
class HttpSupportMissingConfiguration implements InitializingBean, EnvironmentAware {

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		String property = List.of("webhook", "slack", "teams")
			.stream()
			.map((channel) -> "vigil.alerts." + channel + ".enabled")
			.filter((name) -> this.environment != null && this.environment.getProperty(name, Boolean.class, false))
			.findFirst()
			.orElse("vigil.alerts.webhook.enabled");
		throw new InvalidConfigurationPropertyValueException(property, true,
				"The channel needs Spring's RestClient (spring-web) and Jackson 3 (tools.jackson.core:jackson-databind) "
						+ "on the classpath: add org.springframework.boot:spring-boot-starter-webmvc (or spring-web and "
						+ "spring-boot-starter-jackson), or set " + property + "=false.");
	}

	static class AnyChannelEnabled extends AnyNestedCondition {

		AnyChannelEnabled() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnBooleanProperty("vigil.alerts.webhook.enabled")
		static class Webhook {

		}

		@ConditionalOnBooleanProperty("vigil.alerts.slack.enabled")
		static class Slack {

		}

		@ConditionalOnBooleanProperty("vigil.alerts.teams.enabled")
		static class Teams {

		}

	}

	static class HttpSupportMissing extends NoneNestedConditions {

		HttpSupportMissing() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnClass({ RestClient.class, JsonMapper.class })
		static class HttpSupportPresent {

		}

	}

}
