package dev.vigil.scan;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads Java stack traces as Logback prints them: {@code java.lang.IllegalStateException: msg},
 * {@code \tat ...} frames, {@code Caused by: ...}, {@code \t... 12 more}.
 */
final class StackTraceLines {

	private static final Pattern THROWABLE = Pattern
		.compile("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?::.*)?");

	// Frames of these packages are not the application's own code: ErrorFingerprint's list,
	// plus libraries often found at the top of a stack (the scanner cannot ask the application
	// for its packages).
	private static final String[] LIBRARY_PREFIXES = { "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.",
			"org.springframework.", "org.apache.", "ch.qos.logback.", "org.slf4j.", "tools.jackson.",
			"com.fasterxml.", "io.micrometer.", "dev.vigil.", "kotlin.", "kotlinx.", "scala.", "groovy.",
			"org.hibernate.", "org.h2.", "org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.jdbc.",
			"com.zaxxer.hikari.", "io.netty.", "reactor.", "io.undertow.", "org.eclipse.", "com.google.",
			"io.opentelemetry.", "org.aspectj.", "net.bytebuddy.", "org.junit.", "org.mockito." };

	private static final String CAUSED_BY = "Caused by: ";

	private static final int MAX_PACKAGE_SEGMENTS = 100;

	private StackTraceLines() {
	}

	/**
	 * The exception's class and the frame that identifies where it happened: the first
	 * application frame of the root cause, else of any enclosing exception, else the top frame.
	 */
	record Origin(String exception, @Nullable String frame) {
	}

	/**
	 * The index of the first line of a stack trace, or the number of lines when there is none.
	 */
	static int start(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("\tat ") || line.startsWith(CAUSED_BY) || isThrowable(line)) {
				return i;
			}
		}
		return lines.size();
	}

	/**
	 * The class of the outermost exception of a stack trace.
	 */
	static @Nullable String exception(List<String> stackTrace) {
		for (String line : stackTrace) {
			if (isThrowable(line)) {
				return className(line);
			}
		}
		return null;
	}

	/**
	 * Where the root cause of a stack trace comes from.
	 */
	static @Nullable Origin origin(List<String> stackTrace) {
		String root = null;
		String rootFrame = null;
		String rootTop = null;
		String anyFrame = null;
		String top = null;
		for (String line : stackTrace) {
			if (line.startsWith(CAUSED_BY)) {
				root = className(line.substring(CAUSED_BY.length()));
				rootFrame = null;
				rootTop = null;
			}
			else if (root == null && isThrowable(line)) {
				root = className(line);
			}
			else if (root != null && line.startsWith("\tat ")) {
				String frame = frame(line);
				rootTop = (rootTop != null) ? rootTop : frame;
				top = (top != null) ? top : frame;
				if (isApplicationCode(frame)) {
					rootFrame = (rootFrame != null) ? rootFrame : frame;
					anyFrame = (anyFrame != null) ? anyFrame : frame;
				}
			}
		}
		if (root == null) {
			return null;
		}
		String frame = (rootFrame != null) ? rootFrame : (anyFrame != null) ? anyFrame : (rootTop != null) ? rootTop : top;
		return new Origin(root, frame);
	}

	private static boolean isThrowable(String line) {
		return !line.isEmpty() && Character.isLetter(line.charAt(0)) && fewPackageSegments(line)
				&& THROWABLE.matcher(line).matches();
	}

	// The regular expression recurses once per package segment, so a line of endless "a.a.a."
	// would overflow the stack; no class name has that many segments.
	private static boolean fewPackageSegments(String line) {
		int dots = 0;
		for (int i = 0; i < line.length() && line.charAt(i) != ':'; i++) {
			if (line.charAt(i) == '.' && ++dots > MAX_PACKAGE_SEGMENTS) {
				return false;
			}
		}
		return true;
	}

	private static String className(String line) {
		int colon = line.indexOf(':');
		return ((colon < 0) ? line : line.substring(0, colon)).trim();
	}

	/**
	 * {@code \tat java.base/java.lang.Thread.run(Thread.java:840) ~[na:na]} gives
	 * {@code java.lang.Thread.run}: no line number, so that a redeploy keeps the group.
	 */
	private static String frame(String line) {
		int end = line.indexOf('(');
		String frame = line.substring(4, (end < 0) ? line.length() : end).trim();
		// Class loader and module names come first, separated by '/'; a lambda's hidden class
		// name also holds a '/', but after a '$'.
		int slash = frame.indexOf('/');
		while (slash >= 0 && frame.lastIndexOf('$', slash) < 0) {
			frame = frame.substring(slash + 1);
			slash = frame.indexOf('/');
		}
		return frame;
	}

	private static boolean isApplicationCode(String frame) {
		for (String prefix : LIBRARY_PREFIXES) {
			if (frame.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

}
