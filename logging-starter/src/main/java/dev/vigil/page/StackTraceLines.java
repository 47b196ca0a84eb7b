package dev.vigil.page;

import java.util.List;

import dev.vigil.ErrorFingerprint;

/**
 * The lines of a stack trace as the page shows them: each frame marked as the application's
 * own code or a library's, by the rule the {@link ErrorFingerprint} groups failures with.
 */
final class StackTraceLines {

	private static final String FRAME = "\tat ";

	private final ErrorFingerprint fingerprint;

	StackTraceLines(ErrorFingerprint fingerprint) {
		this.fingerprint = fingerprint;
	}

	List<Line> of(String stackTrace) {
		return stackTrace.lines().map(this::line).toList();
	}

	private Line line(String text) {
		if (!text.startsWith(FRAME)) {
			return new Line(text.strip(), Kind.TEXT);
		}
		String frame = text.substring(FRAME.length());
		return new Line(frame, this.fingerprint.isApplicationCode(className(frame)) ? Kind.APPLICATION
				: Kind.LIBRARY);
	}

	// "app//com.example.Orders.place(Orders.java:12)" or "java.base/java.lang.Thread.run(Thread.java:1583)"
	private static String className(String frame) {
		int parenthesis = frame.indexOf('(');
		String method = (parenthesis >= 0) ? frame.substring(0, parenthesis) : frame;
		String qualified = method.substring(method.lastIndexOf('/') + 1);
		int dot = qualified.lastIndexOf('.');
		return (dot >= 0) ? qualified.substring(0, dot) : qualified;
	}

	/**
	 * One line of a stack trace.
	 *
	 * @param text the line without its leading {@code at}
	 * @param kind an exception's class and message or a count of frames left out
	 * ({@code TEXT}), or a frame of the application or of a library
	 */
	record Line(String text, Kind kind) {

	}

	enum Kind {

		TEXT, APPLICATION, LIBRARY

	}

}
