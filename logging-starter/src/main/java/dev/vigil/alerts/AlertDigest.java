package dev.vigil.alerts;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The alerts flood control held back since a time (further ones of a kind already alerted within
 * the dedupe window, or beyond the hourly maximum), counted per kind.
 *
 * @param since when the first of them was held back
 * @param total how many alerts were held back
 * @param kinds the alerts per kind, most frequent first
 * @param other alerts of further kinds, beyond the ones listed
 * @param host the host name of the application
 * @param application the application's name ({@code spring.application.name}), if set
 * @param link Vigil's errors page, when {@code vigil.alerts.page-url} is set
 * @author Vigil
 */
public record AlertDigest(Instant since, long total, List<Kind> kinds, long other, String host,
		@Nullable String application, @Nullable URI link) {

	public AlertDigest {
		kinds = List.copyOf(kinds);
	}

	/**
	 * Alerts of one kind held back.
	 *
	 * @param fingerprint the kind
	 * @param label a short human name of the kind
	 * @param count how many were held back
	 */
	public record Kind(String fingerprint, String label, long count) {

	}

}
