package dev.vigil.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * Where alerts go: e-mail, or a chat or webhook an application adds. Every {@code AlertChannel}
 * bean receives each alert that flood control lets through, and each digest of what it held
 * back, from the {@link AlertDispatcher}.
 * <p>
 * Each channel is called on a daemon thread of its own, {@code vigil-alert-<name>}, never on a
 * thread that logs, from a bounded queue of its own: a channel that hangs delays only its own
 * alerts, and once its queue is full further alerts are dropped for it and counted. A method that
 * returns has delivered; one that throws has failed, and the failure is counted for the channel,
 * with the exception's message as its last failure. A channel retries itself, if it wants to,
 * and should end each delivery within a bounded time. What it logs on its thread never triggers
 * another alert.
 *
 * @author Vigil
 */
public interface AlertChannel {

	/**
	 * The name of the channel, such as {@code mail}: its key in the {@code channels} of the
	 * {@code logging} health details and in {@link AlertStats#getChannels()}, the {@code channel}
	 * tag of the {@code vigil.alerts} metric, the name rules give in
	 * {@code vigil.alerts.rules[n].channels}, and the end of its thread's name.
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
