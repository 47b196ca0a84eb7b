package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * Where alerts go: e-mail, or a chat or webhook an application adds. Every {@code AlertChannel}
 * bean receives each alert that flood control lets through, and each digest of what it held
 * back, from the {@link AlertDispatcher}.
 * <p>
 * The dispatcher calls the channels one after the other on its own background thread, never on
 * a thread that logs; a channel that hangs delays the others, so bound each delivery in time.
 * A method that returns has delivered; one that throws has failed, and the dispatcher counts the
 * failure for the channel, with the exception's message as its last failure. A channel retries
 * itself, if it wants to, and must end each delivery within a bounded time. What it logs on the
 * dispatcher's thread never triggers another alert.
 *
 * @author Vigil
 */
public interface AlertChannel {

	/**
	 * The name of the channel, such as {@code mail}: its key in the {@code channels} of the
	 * {@code logging} health details and in {@link AlertStats#getChannels()}.
	 * @return a short, unique name
	 */
	String name();

	/**
	 * Delivers one alert.
	 * @param alert the alert
	 */
	void send(Alert alert);

	/**
	 * Delivers the digest of alerts held back by flood control.
	 * @param digest the digest
	 */
	void send(AlertDigest digest);

	/**
	 * How long a delivery may take before the {@code logging} health component reports it as
	 * stuck (status {@code DEGRADED}).
	 * @return the time after which a delivery counts as stuck
	 */
	default Duration stuckAfter() {
		return Duration.ofSeconds(15);
	}

	/**
	 * Why a delivery counts as stuck, shown as the reason of the {@code DEGRADED} status.
	 * @param since when the delivery started
	 * @return a sentence for the operator
	 */
	default String describeStuckDelivery(Instant since) {
		return "An alert of the channel '" + name() + "' has been in delivery for more than "
				+ AlertStats.print(stuckAfter()) + " (since " + since + "); its server is slow or does not answer";
	}

	/**
	 * Called when the application stops: from now on, retries end within the timeout.
	 * @param timeout time left to deliver what is queued
	 */
	default void stopWithin(Duration timeout) {
	}

}
