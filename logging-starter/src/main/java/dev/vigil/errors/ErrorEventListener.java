package dev.vigil.errors;

/**
 * Gets every ERROR event of the application, from the one appender Vigil attaches to
 * Logback's root logger. Declare one as a bean to receive them; the error registry, the
 * {@code vigil.errors} metric and the health indicator's error rate are listeners.
 * <p>
 * Called on the thread that logged the event: a listener must be quick and must not log at
 * ERROR itself.
 *
 * @author Vigil
 */
@FunctionalInterface
public interface ErrorEventListener {

	/**
	 * Called for each ERROR event.
	 * @param event the event
	 */
	void onError(ErrorEvent event);

}
