package dev.vigil.requests;

/**
 * Counts requests slower than {@code vigil.requests.slow-threshold}, for example as a metric.
 */
@FunctionalInterface
public interface SlowRequestCounter {

	/**
	 * Counts nothing, for applications without metrics.
	 */
	SlowRequestCounter NONE = () -> {
	};

	/**
	 * Counts one slow request.
	 */
	void increment();

}
