package dev.vigil.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The last events logged by any thread, in a ring that overwrites the oldest.
 * <p>
 * It keeps the events themselves, already prepared for deferred processing, not formatted
 * lines: formatting happens on the mailer thread and only for the lines of an alert. Under
 * concurrent logging a slot may already hold a later event when an alert reads it; such events
 * are skipped, so the context is at worst a few lines short.
 */
final class RecentEvents {

	private final int lines;

	private final AtomicReferenceArray<ILoggingEvent> slots;

	private final AtomicLong next = new AtomicLong();

	/**
	 * Creates a ring for the given number of context lines.
	 * @param lines how many events to hand out before an alert
	 */
	RecentEvents(int lines) {
		this.lines = lines;
		// one more slot: the alerting event itself is in the ring too
		this.slots = new AtomicReferenceArray<>((lines > 0) ? lines + 1 : 0);
	}

	/**
	 * Adds an event, overwriting the oldest one.
	 * @param event the event
	 * @return its position, to ask for the events {@link #before(long, ILoggingEvent) before} it
	 */
	long add(ILoggingEvent event) {
		int capacity = this.slots.length();
		if (capacity == 0) {
			return 0;
		}
		long position = this.next.getAndIncrement();
		this.slots.set((int) (position % capacity), event);
		return position;
	}

	/**
	 * The events added before a position, oldest first.
	 * @param position the position of the event
	 * @param event the event at that position
	 * @return up to the number of context lines events
	 */
	List<ILoggingEvent> before(long position, ILoggingEvent event) {
		int capacity = this.slots.length();
		long first = Math.max(0, position - this.lines);
		List<ILoggingEvent> events = new ArrayList<>((int) (position - first));
		for (long p = first; p < position; p++) {
			ILoggingEvent earlier = this.slots.get((int) (p % capacity));
			if (earlier != null && earlier != event && earlier.getTimeStamp() <= event.getTimeStamp()) {
				events.add(earlier);
			}
		}
		return events;
	}

}
