package dev.vigil.scan;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * The scanner's command line.
 *
 * @param paths files and directories to scan
 * @param level lowest level reported
 * @param since earliest time reported, or {@code null} for all
 * @param grep pattern the message or stack trace must contain, or {@code null}
 * @param summary whether to report groups instead of entries
 * @param json whether to write JSON lines instead of text
 * @param help whether to print the usage only
 */
record ScanOptions(List<String> paths, LogLevel level, @Nullable Instant since, @Nullable Pattern grep,
		boolean summary, boolean json, boolean help) {

	static final String DEFAULT_PATH = "logs";

	private static final Pattern RELATIVE = Pattern.compile("(\\d{1,9})([smhd])");

	/**
	 * Reads the command line; options and paths may come in any order, {@code --} ends the
	 * options, an option's value may follow it or an {@code =}.
	 * @throws ScanException when the command line is wrong
	 */
	static ScanOptions parse(String[] args, Clock clock) throws ScanException {
		List<String> paths = new ArrayList<>();
		LogLevel level = LogLevel.ERROR;
		Instant since = null;
		Pattern grep = null;
		boolean summary = false;
		boolean json = false;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--")) {
				paths.addAll(Arrays.asList(args).subList(i + 1, args.length));
				break;
			}
			if (!arg.startsWith("-") || arg.equals("-")) {
				paths.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = (equals < 0) ? arg : arg.substring(0, equals);
			switch (name) {
				case "--summary" -> summary = true;
				case "--json" -> json = true;
				case "--help", "-h" -> help = true;
				case "--level", "--since", "--grep" -> {
					String value;
					if (equals >= 0) {
						value = arg.substring(equals + 1);
					}
					else if (i + 1 < args.length) {
						value = args[++i];
					}
					else {
						throw new ScanException(name + " needs a value (see --help)");
					}
					switch (name) {
						case "--level" -> level = level(value);
						case "--since" -> since = since(value, clock);
						default -> grep = grep(value);
					}
				}
				default -> throw new ScanException("unknown option '" + arg + "' (see --help)");
			}
		}
		if (paths.isEmpty()) {
			paths.add(DEFAULT_PATH);
		}
		return new ScanOptions(List.copyOf(paths), level, since, grep, summary, json, help);
	}

	private static LogLevel level(String value) throws ScanException {
		for (LogLevel level : LogLevel.values()) {
			if (level != LogLevel.UNKNOWN && level.name().equalsIgnoreCase(value)) {
				return level;
			}
		}
		throw new ScanException("--level: unknown level '" + value + "'; use one of TRACE, DEBUG, INFO, WARN, ERROR");
	}

	/**
	 * Reads {@code 15m}, {@code 2h}, {@code 1d} (before now), an ISO date-time with or without
	 * offset, or an ISO date (its start, in the clock's zone).
	 */
	static Instant since(String value, Clock clock) throws ScanException {
		var relative = RELATIVE.matcher(value.trim());
		if (relative.matches()) {
			long amount = Long.parseLong(relative.group(1));
			Duration duration = switch (relative.group(2)) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
			return clock.instant().minus(duration);
		}
		String text = value.trim().replace(' ', 'T');
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant();
			}
			var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
			return (parsed instanceof ZonedDateTime zoned) ? zoned.toInstant()
					: ((LocalDateTime) parsed).atZone(clock.getZone()).toInstant();
		}
		catch (DateTimeException ex) {
			throw new ScanException("--since: cannot read '" + value
					+ "'; use 15m, 2h, 1d, an ISO date such as 2026-11-25 or an ISO date-time such as "
					+ "2026-11-25T08:00:00Z");
		}
	}

	private static Pattern grep(String value) throws ScanException {
		try {
			return Pattern.compile(value);
		}
		catch (PatternSyntaxException ex) {
			throw new ScanException("--grep: invalid regular expression '" + value + "': " + ex.getDescription()
					+ " near index " + ex.getIndex());
		}
	}

}
