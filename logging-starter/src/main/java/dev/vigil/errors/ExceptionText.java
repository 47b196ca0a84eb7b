package dev.vigil.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import dev.vigil.ControlCharacters;
import org.jspecify.annotations.Nullable;

/**
 * Bounded, single-line-safe text of exceptions for logs, responses and the error registry.
 * Messages often carry client input, so control characters are escaped (a message can never
 * forge a log line) and lengths are capped (a huge message cannot exhaust memory).
 */
final class ExceptionText {

	static final int MAX_MESSAGE_LENGTH = 500;

	static final int MAX_FRAMES = 50;

	static final int MAX_TRACE_LENGTH = 8 * 1024;

	private static final int MAX_CAUSES = 10;

	private ExceptionText() {
	}

	/**
	 * The exception's message, escaped and at most {@value #MAX_MESSAGE_LENGTH} characters.
	 * @param throwable the exception
	 * @return the message or {@code null} when it has none
	 */
	static @Nullable String message(Throwable throwable) {
		String message = throwable.getMessage();
		return (message != null) ? escape(message, MAX_MESSAGE_LENGTH) : null;
	}

	/**
	 * Escapes control characters ({@code \n}, {@code \r}, {@code \t} by name, others as
	 * {@code \\uXXXX}) and truncates to {@code maxLength}, marking the cut with "...".
	 * @param text the text
	 * @param maxLength the maximum length of the result
	 * @return the escaped text
	 */
	static String escape(String text, int maxLength) {
		return ControlCharacters.escape(text, maxLength);
	}

	/**
	 * A stack trace laid out like {@link Throwable#printStackTrace()} (causes included,
	 * suppressed exceptions left out), at most {@value #MAX_FRAMES} frames and
	 * {@value #MAX_TRACE_LENGTH} characters. The frames are shared out between the exception
	 * and its causes, so that a deep stack does not hide the root cause.
	 * @param throwable the exception
	 * @return the stack trace
	 */
	static String stackTrace(Throwable throwable) {
		List<Throwable> chain = chain(throwable);
		StringBuilder trace = new StringBuilder(1024);
		int framesLeft = MAX_FRAMES;
		StackTraceElement[] enclosing = new StackTraceElement[0];
		for (int i = 0; i < chain.size(); i++) {
			Throwable current = chain.get(i);
			trace.append((i > 0) ? "Caused by: " : "").append(current.getClass().getName());
			String message = message(current);
			if (message != null) {
				trace.append(": ").append(message);
			}
			trace.append('\n');
			StackTraceElement[] stack = current.getStackTrace();
			int shown = Math.min(uniqueFrames(stack, enclosing), Math.max(1, framesLeft / (chain.size() - i)));
			for (int frame = 0; frame < shown; frame++) {
				trace.append("\tat ").append(stack[frame]).append('\n');
			}
			framesLeft -= shown;
			if (shown < stack.length) {
				trace.append("\t... ").append(stack.length - shown).append(" more\n");
			}
			if (trace.length() > MAX_TRACE_LENGTH) {
				return truncated(trace);
			}
			enclosing = stack;
		}
		return trace.toString();
	}

	private static List<Throwable> chain(Throwable throwable) {
		List<Throwable> chain = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = throwable; current != null && chain.size() < MAX_CAUSES
				&& seen.add(current); current = current.getCause()) {
			chain.add(current);
		}
		return chain;
	}

	// Frames a cause shares with the exception wrapping it are printed once, as the JDK does.
	private static int uniqueFrames(StackTraceElement[] stack, StackTraceElement[] enclosing) {
		int m = stack.length - 1;
		int n = enclosing.length - 1;
		while (m >= 0 && n >= 0 && stack[m].equals(enclosing[n])) {
			m--;
			n--;
		}
		return m + 1;
	}

	private static String truncated(StringBuilder trace) {
		String marker = "\t... (truncated)\n";
		if (trace.length() > MAX_TRACE_LENGTH - marker.length()) {
			trace.setLength(MAX_TRACE_LENGTH - marker.length());
		}
		return trace.append(marker).toString();
	}

}
