package dev.vigil.errors;

/**
 * Counts error responses, for example as a metric.
 */
@FunctionalInterface
interface ErrorCounter {

	/**
	 * Counts one error response.
	 * @param exception the simple class name of the exception, {@code None} without one
	 * @param status the response status
	 */
	void increment(String exception, int status);

}
