package dev.vigil.scan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * The ISO-8601 timestamps that start log lines: read by hand (this runs for every line that
 * starts with a digit, and {@code java.time}'s formatters are several times slower), written
 * with a formatter for the scanner's output.
 */
final class Timestamps {

	private Timestamps() {
	}

	/**
	 * Writes timestamps as Vigil's default line pattern does: ISO-8601 with milliseconds and
	 * offset.
	 * @param zone the zone to write them in
	 * @return the formatter
	 */
	static DateTimeFormatter formatter(ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
	}

	/**
	 * A timestamp and the index just after it.
	 */
	record Parsed(Instant instant, int end) {
	}

	/**
	 * Reads {@code yyyy-MM-dd[T ]HH:mm:ss[.,fraction][Z|+hh:mm|+hhmm]} at the start of the text.
	 * @param text the text
	 * @param zone the zone of a timestamp written without an offset
	 * @return the timestamp, or {@code null} when the text does not start with one
	 */
	static @Nullable Parsed parse(String text, ZoneId zone) {
		int length = text.length();
		if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int i = 19;
		int nanos = 0;
		if (i < length && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
			int start = ++i;
			while (i < length && isDigit(text.charAt(i))) {
				if (i - start < 9) {
					nanos = nanos * 10 + (text.charAt(i) - '0');
				}
				i++;
			}
			if (i == start) {
				return null;
			}
			for (int n = i - start; n < 9; n++) {
				nanos *= 10;
			}
		}
		ZoneId offset = zone;
		if (i < length && text.charAt(i) == 'Z') {
			offset = ZoneOffset.UTC;
			i++;
		}
		else if (i + 2 < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			int hours = digits(text, i + 1, 2);
			int end = i + 3;
			int minutes = 0;
			if (end < length && text.charAt(end) == ':') {
				minutes = (end + 2 < length) ? digits(text, end + 1, 2) : -1;
				end += 3;
			}
			else if (end + 1 < length && isDigit(text.charAt(end))) {
				minutes = digits(text, end, 2);
				end += 2;
			}
			if (hours < 0 || minutes < 0 || hours * 60 + minutes > 18 * 60 || minutes > 59) {
				return null;
			}
			int sign = (text.charAt(i) == '-') ? -1 : 1;
			offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
			i = end;
		}
		try {
			Instant instant = LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(offset).toInstant();
			return new Parsed(instant, i);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Reads seconds since the epoch with an optional fraction, such as GELF's
	 * {@code 1795609979.436}.
	 */
	static @Nullable Instant ofEpochSeconds(String text) {
		int dot = text.indexOf('.');
		String whole = (dot < 0) ? text : text.substring(0, dot);
		String fraction = (dot < 0) ? "" : text.substring(dot + 1);
		if (whole.isEmpty() || whole.length() > 12 || !allDigits(whole) || !allDigits(fraction)) {
			return null;
		}
		String nanos = (fraction + "000000000").substring(0, 9);
		return Instant.ofEpochSecond(Long.parseLong(whole), Integer.parseInt(nanos));
	}

	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean allDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
