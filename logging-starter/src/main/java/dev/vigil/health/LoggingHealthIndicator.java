package dev.vigil.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.vigil.alerts.AlertStats;
import dev.vigil.alerts.ChannelStats;
import dev.vigil.file.RollingFiles;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

/**
 * Health of the application's logging: DOWN when the log directory is missing, not writable or
 * short of space, when a log file cannot be written (it is opened again by itself, and the
 * indicator is UP again once it is), or when more errors were logged in the last minute than
 * allowed; DEGRADED, when nothing of that holds, while an alert (of any channel) is stuck in
 * delivery. The {@code alerts} details sum up all channels and show each in {@code channels}. {@code lostLines} counts the lines the files could not take. Each check reads file
 * system metadata only: nothing is written.
 *
 * @author Vigil
 */
final class LoggingHealthIndicator extends AbstractHealthIndicator {

	/**
	 * Not UP, yet not counted by Spring Boot's status aggregation unless
	 * {@code management.endpoint.health.status.order} names it.
	 */
	static final Status DEGRADED = new Status("DEGRADED", "An alert is stuck in delivery");

	private final @Nullable RollingFiles files;

	private final ErrorRateCounter errors;

	private final @Nullable AlertStats alerts;

	private final LoggingHealthProperties properties;

	LoggingHealthIndicator(@Nullable RollingFiles files, ErrorRateCounter errors, @Nullable AlertStats alerts,
			LoggingHealthProperties properties) {
		super("Logging health check failed");
		this.files = files;
		this.errors = errors;
		this.alerts = alerts;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<String> problems = new ArrayList<>();
		Map<String, Object> details = new LinkedHashMap<>();
		if (this.files != null) {
			checkFiles(this.files, details, problems);
		}
		checkErrorRate(details, problems);
		details.put("alerts", alertDetails());
		String stuckDelivery = (this.alerts != null) ? this.alerts.getStuckDelivery() : null;
		if (problems.isEmpty() && stuckDelivery != null) {
			// not DOWN: a slow mail server is no reason to take the application out of service
			builder.status(DEGRADED).withDetail("reason", stuckDelivery);
		}
		else if (problems.isEmpty()) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", String.join("; ", problems));
		}
		builder.withDetails(details);
	}

	private void checkFiles(RollingFiles files, Map<String, Object> details, List<String> problems) {
		Path directory = files.directory();
		long freeBytes = directory.toFile().getUsableSpace();
		details.put("directory", directory.toString());
		details.put("freeBytes", freeBytes);
		details.put("appLogBytes", size(files.appLog()));
		details.put("errorLogBytes", size(files.errorLog()));
		details.put("lostLines", files.lostLines());
		DataSize minFreeSpace = this.properties.getMinFreeSpace();
		if (!Files.isDirectory(directory)) {
			problems.add("The log directory " + directory + " does not exist");
		}
		else if (!Files.isWritable(directory)) {
			problems.add("The log directory " + directory + " is not writable");
		}
		else if (freeBytes < minFreeSpace.toBytes()) {
			problems.add("Only " + freeBytes + " bytes are free in " + directory
					+ ", less than vigil.health.min-free-space (" + minFreeSpace.toBytes() + " bytes)");
		}
		if (!files.isAttached()) {
			problems.add("The log file appenders are stopped (Logback was reset or reconfigured after startup, "
					+ "or it gave up after a write failure); restart the application to attach them again");
		}
		problems.addAll(files.writeFailures());
	}

	private void checkErrorRate(Map<String, Object> details, List<String> problems) {
		long lastMinute = this.errors.errorsInLast(60);
		details.put("errorsLastMinute", lastMinute);
		details.put("errorsLast15Minutes", this.errors.errorsInLast(15 * 60));
		Instant lastErrorAt = this.errors.lastErrorAt();
		if (lastErrorAt != null) {
			details.put("lastErrorAt", lastErrorAt.toString());
		}
		Integer max = this.properties.getMaxErrorsPerMinute();
		if (max != null && lastMinute > max) {
			problems.add(lastMinute + " errors were logged in the last minute, more than "
					+ "vigil.health.max-errors-per-minute (" + max + ")");
		}
	}

	private Map<String, Object> alertDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		AlertStats alerts = this.alerts;
		details.put("enabled", alerts != null);
		if (alerts != null) {
			details.put("queued", alerts.getQueued());
			details.put("sent", alerts.getSent());
			details.put("suppressed", alerts.getSuppressed());
			details.put("dropped", alerts.getDropped());
			details.put("failed", alerts.getFailed());
			String delivery = alerts.getDelivery();
			if (delivery != null) {
				details.put("delivery", delivery);
			}
			String lastFailure = alerts.getLastFailure();
			if (lastFailure != null) {
				details.put("lastFailure", lastFailure);
			}
			Instant lastSuccess = alerts.getLastSuccess();
			if (lastSuccess != null) {
				details.put("lastSuccess", lastSuccess.toString());
			}
			Map<String, Object> channels = new LinkedHashMap<>();
			alerts.getChannels().forEach((name, channel) -> channels.put(name, channelDetails(channel)));
			details.put("channels", channels);
		}
		return details;
	}

	private static Map<String, Object> channelDetails(ChannelStats channel) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sent", channel.getSent());
		details.put("failed", channel.getFailed());
		details.put("dropped", channel.getDropped());
		String delivery = channel.getDelivery();
		if (delivery != null) {
			details.put("delivery", delivery);
		}
		String lastFailure = channel.getLastFailure();
		if (lastFailure != null) {
			details.put("lastFailure", lastFailure);
		}
		Instant lastSuccess = channel.getLastSuccess();
		if (lastSuccess != null) {
			details.put("lastSuccess", lastSuccess.toString());
		}
		return details;
	}

	private static long size(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
