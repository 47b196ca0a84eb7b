package dev.vigil.scan;

/**
 * Exceptions with the stack an application would give them.
 */
final class StackTraces {

	private StackTraces() {
	}

	static <T extends Throwable> T thrownAt(T throwable, String... frames) {
		StackTraceElement[] stack = new StackTraceElement[frames.length];
		for (int i = 0; i < frames.length; i++) {
			String frame = frames[i];
			int dot = frame.lastIndexOf('.');
			String className = frame.substring(0, dot);
			stack[i] = new StackTraceElement(className, frame.substring(dot + 1),
					className.substring(className.lastIndexOf('.') + 1) + ".java", 10 + i);
		}
		throwable.setStackTrace(stack);
		return throwable;
	}

	/**
	 * An exception as thrown by application code called from Spring MVC and Tomcat.
	 */
	static IllegalStateException applicationFailure(String message, String applicationFrame) {
		return thrownAt(new IllegalStateException(message), "java.util.Objects.requireNonNull", applicationFrame,
				"org.springframework.web.servlet.FrameworkServlet.service",
				"org.apache.catalina.core.ApplicationFilterChain.doFilter", "java.lang.Thread.run");
	}

}
