package dev.vigil.health;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Thresholds of the {@code logging} health indicator.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.health")
public class LoggingHealthProperties {

	/**
	 * Free space the log directory needs; below it the indicator reports DOWN.
	 */
	private DataSize minFreeSpace = DataSize.ofMegabytes(10);

	/**
	 * Number of ERROR events in the last minute above which the indicator reports DOWN. Unset by
	 * default: the error rate is only reported.
	 */
	private @Nullable Integer maxErrorsPerMinute;

	public DataSize getMinFreeSpace() {
		return this.minFreeSpace;
	}

	public void setMinFreeSpace(DataSize minFreeSpace) {
		this.minFreeSpace = minFreeSpace;
	}

	public @Nullable Integer getMaxErrorsPerMinute() {
		return this.maxErrorsPerMinute;
	}

	public void setMaxErrorsPerMinute(@Nullable Integer maxErrorsPerMinute) {
		this.maxErrorsPerMinute = maxErrorsPerMinute;
	}

}
