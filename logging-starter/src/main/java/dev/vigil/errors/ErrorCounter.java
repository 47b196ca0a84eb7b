package dev.vigil.errors;

import dev.vigil.ErrorFingerprint;

/**
 * Counts error responses and ERROR events, for example as a metric.
 */
@FunctionalInterface
public interface ErrorCounter {

	/**
	 * Value of the fingerprint of an error response without an exception.
	 */
	String NO_FINGERPRINT = "none";

	/**
	 * Value of the status of an ERROR event logged outside of a failed request.
	 */
	String NO_STATUS = "none";

	/**
	 * Counts one error response.
	 * @param exception the simple class name of the exception, {@code None} without one
	 * @param fingerprint the {@link ErrorFingerprint} of the exception, {@value #NO_FINGERPRINT}
	 * without one
	 * @param status the response status, {@value #NO_STATUS} for an ERROR event outside of a
	 * request
	 */
	void increment(String exception, String fingerprint, String status);

}
