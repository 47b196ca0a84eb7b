package dev.vigil.tracing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tracing: what Vigil adds when the application exports traces and logs with OpenTelemetry.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.tracing")
public class TracingProperties {

	/**
	 * Export of log events over OTLP.
	 */
	private final OtlpLogs otlpLogs = new OtlpLogs();

	public OtlpLogs getOtlpLogs() {
		return this.otlpLogs;
	}

	/**
	 * Export of log events over OTLP through OpenTelemetry's Logback appender.
	 */
	public static class OtlpLogs {

		/**
		 * Whether to install OpenTelemetry's Logback appender on the root logger when it is on
		 * the classpath and the application has an OpenTelemetry bean, so that every log event
		 * goes to the collector of management.opentelemetry.logging.export.otlp.endpoint.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
