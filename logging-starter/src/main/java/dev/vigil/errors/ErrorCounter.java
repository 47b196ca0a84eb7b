package dev.vigil.errors;

/**
 * Counts error responses, for example as a metric.
 */
@FunctionalInterface
interface ErrorCounter {

	/**
	 * Value of the fingerprint of an error response without an exception.
	 */
	String NO_FINGERPRINT = "none";

	/**
	 * Counts one error response.
	 * @param exception the simple class name of the exception, {@code None} without one
	 * @param fingerprint the {@link ErrorFingerprint} of the exception, {@value #NO_FINGERPRINT}
	 * without one
	 * @param status the response status
	 */
	void increment(String exception, String fingerprint, int status);

}
