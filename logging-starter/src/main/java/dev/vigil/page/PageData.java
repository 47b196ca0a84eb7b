package dev.vigil.page;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.vigil.errors.ErrorEvent;
import dev.vigil.errors.ErrorGroup;
import dev.vigil.errors.ErrorOccurrence;
import dev.vigil.errors.ErrorRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * What the errors page shows, as the JSON it polls: every group of the registry with its stack
 * trace and last occurrences, and the {@code logging} health component.
 */
final class PageData {

	private final ErrorRegistry registry;

	private final StackTraceLines stackTraceLines;

	private final @Nullable HealthContributors health;

	private final Clock clock;

	PageData(ErrorRegistry registry, StackTraceLines stackTraceLines, @Nullable HealthContributors health) {
		this(registry, stackTraceLines, health, Clock.systemUTC());
	}

	PageData(ErrorRegistry registry, StackTraceLines stackTraceLines, @Nullable HealthContributors health,
			Clock clock) {
		this.registry = registry;
		this.stackTraceLines = stackTraceLines;
		this.health = health;
		this.clock = clock;
	}

	Snapshot now() {
		Instant now = this.clock.instant();
		List<Group> groups = this.registry.groups().stream().map((group) -> group(group, now)).toList();
		return new Snapshot(now, this.registry.capacity(), loggingHealth(), groups);
	}

	private Group group(ErrorGroup group, Instant now) {
		String trace = group.sampleStackTrace();
		return new Group(group.fingerprint(), group.label(), group.exception(), group.count(), group.firstSeen(),
				group.lastSeen(), group.lastMessage(), group.perMinute().countsAt(now),
				(trace != null) ? this.stackTraceLines.of(trace) : List.of(),
				group.recentOccurrences().stream().map(PageData::occurrence).toList());
	}

	private static Occurrence occurrence(ErrorOccurrence occurrence) {
		ErrorEvent.Request request = occurrence.request();
		if (request == null) {
			return new Occurrence(occurrence.timestamp(), null, null, occurrence.traceId(), null, null, null,
					occurrence.logger(), occurrence.thread(), occurrence.message());
		}
		return new Occurrence(occurrence.timestamp(), request.errorId(), request.requestId(), occurrence.traceId(),
				request.method(), request.path(), request.status(), occurrence.logger(), occurrence.thread(),
				occurrence.message());
	}

	private @Nullable HealthComponent loggingHealth() {
		HealthContributor contributor = (this.health != null) ? this.health.getContributor("logging") : null;
		if (!(contributor instanceof HealthIndicator indicator)) {
			return null;
		}
		Health health = indicator.health(true);
		return new HealthComponent(health.getStatus().getCode(), health.getDetails());
	}

	/**
	 * The page's data.
	 *
	 * @param now when it was taken
	 * @param capacity the maximum number of groups the registry keeps
	 * @param health the {@code logging} health component, {@code null} when there is none
	 * @param groups the groups, the most recently seen first
	 */
	record Snapshot(Instant now, int capacity, @Nullable HealthComponent health, List<Group> groups)
			implements OperationResponseBody {

	}

	record HealthComponent(String status, Map<String, Object> details) {

	}

	record Group(String fingerprint, String label, @Nullable String exception, long count, Instant firstSeen,
			Instant lastSeen, @Nullable String message, List<Integer> perMinute,
			List<StackTraceLines.Line> stackTrace, List<Occurrence> occurrences) {

	}

	record Occurrence(Instant timestamp, @Nullable String errorId, @Nullable String requestId,
			@Nullable String traceId, @Nullable String method, @Nullable String path, @Nullable Integer status, String logger, String thread,
			@Nullable String message) {

	}

}
