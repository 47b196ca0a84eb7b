package dev.vigil.alerts;

import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * An event that triggers an alert, with the events logged just before it.
 *
 * @param event the ERROR (or WARN) event, prepared for deferred processing
 * @param preceding the events logged before it, oldest first
 */
record AlertEvent(ILoggingEvent event, List<ILoggingEvent> preceding) {

}
