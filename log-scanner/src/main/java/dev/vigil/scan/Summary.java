package dev.vigil.scan;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Groups entries by what failed: the exception's class and the first frame of the
 * application's own code, else the message with numbers and ids masked. Prints the groups
 * most frequent first. Memory grows with the number of groups, not of entries: past
 * {@link #MAX_GROUPS} groups, new ones are counted in one last group.
 */
final class Summary implements EntryOutput {

	static final int MAX_GROUPS = 10_000;

	static final String OTHER = "(other groups, beyond the first " + MAX_GROUPS + ")";

	private static final int EXAMPLE_LENGTH = 200;

	// A class or frame name longer than this is not a real one: cut, so that the groups'
	// memory stays bounded whatever the file holds.
	static final int MAX_NAME_LENGTH = 500;

	private final Map<String, Group> groups = new HashMap<>();

	private final Group other = new Group(OTHER, null, null, "");

	private final PrintStream out;

	private final boolean json;

	private final DateTimeFormatter time;

	private long entries;

	Summary(PrintStream out, boolean json, ZoneId zone) {
		this.out = out;
		this.json = json;
		this.time = Timestamps.formatter(zone);
	}

	@Override
	public void accept(LogEntry entry) {
		this.entries++;
		StackTraceLines.Origin origin = cut(StackTraceLines.origin(entry.stackTrace()));
		String message = firstLine(entry.message());
		String key = (origin == null) ? MessageMask.mask(message)
				: (origin.frame() != null) ? origin.exception() + " at " + origin.frame() : origin.exception();
		Group group = this.groups.get(key);
		if (group == null) {
			group = (this.groups.size() < MAX_GROUPS) ? new Group(key, origin, message) : this.other;
			if (group != this.other) {
				this.groups.put(key, group);
			}
		}
		group.add(entry);
	}

	@Override
	public void finish() {
		List<Group> sorted = new ArrayList<>(this.groups.values());
		sorted.sort(Comparator.comparingLong((Group group) -> group.count)
			.reversed()
			.thenComparing((group) -> group.key));
		if (this.other.count > 0) {
			sorted.add(this.other);
		}
		if (this.json) {
			sorted.forEach((group) -> this.out.println(group.toJson()));
			return;
		}
		if (sorted.isEmpty()) {
			return;
		}
		this.out.printf("%7s  %-7s  %-29s  %-29s  %s%n", "COUNT", "LEVEL", "FIRST SEEN", "LAST SEEN", "GROUP");
		for (Group group : sorted) {
			this.out.printf("%7d  %-7s  %-29s  %-29s  %s%n", group.count, group.level, format(group.first),
					format(group.last), TerminalText.escape(group.key));
			if (!group.example.isEmpty()) {
				this.out.println(" ".repeat(9) + "e.g. " + TerminalText.escape(group.example));
			}
		}
		this.out.println(this.entries + ((this.entries == 1) ? " entry" : " entries") + " in " + sorted.size()
				+ ((sorted.size() == 1) ? " group" : " groups"));
	}

	private String format(@Nullable Instant instant) {
		return (instant != null) ? this.time.format(instant) : "-";
	}

	private static StackTraceLines.@Nullable Origin cut(StackTraceLines.@Nullable Origin origin) {
		return (origin != null) ? new StackTraceLines.Origin(cut(origin.exception()), cut(origin.frame())) : null;
	}

	private static @Nullable String cut(@Nullable String name) {
		return (name != null && name.length() > MAX_NAME_LENGTH) ? name.substring(0, MAX_NAME_LENGTH) + "..." : name;
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		String line = (end < 0) ? message : message.substring(0, end);
		return (line.length() > EXAMPLE_LENGTH) ? line.substring(0, EXAMPLE_LENGTH) + "..." : line;
	}

	private static final class Group {

		private final String key;

		private final @Nullable String exception;

		private final @Nullable String frame;

		private final String example;

		private long count;

		private LogLevel level = LogLevel.TRACE;

		private @Nullable Instant first;

		private @Nullable Instant last;

		Group(String key, StackTraceLines.@Nullable Origin origin, String example) {
			this(key, (origin != null) ? origin.exception() : null, (origin != null) ? origin.frame() : null,
					example);
		}

		Group(String key, @Nullable String exception, @Nullable String frame, String example) {
			this.key = key;
			this.exception = exception;
			this.frame = frame;
			this.example = example;
		}

		void add(LogEntry entry) {
			this.count++;
			this.level = (entry.level().compareTo(this.level) > 0) ? entry.level() : this.level;
			Instant time = (entry.level() != LogLevel.UNKNOWN) ? entry.time() : null;
			if (time != null) {
				this.first = (this.first == null || time.isBefore(this.first)) ? time : this.first;
				this.last = (this.last == null || time.isAfter(this.last)) ? time : this.last;
			}
		}

		String toJson() {
			return new JsonObjectWriter().add("group", this.key)
				.add("exception", this.exception)
				.add("frame", this.frame)
				.add("level", this.level)
				.add("count", this.count)
				.add("firstSeen", this.first)
				.add("lastSeen", this.last)
				.add("example", this.example.isEmpty() ? null : this.example)
				.toString();
		}

	}

}
