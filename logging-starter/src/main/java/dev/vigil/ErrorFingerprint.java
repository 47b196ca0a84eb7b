package dev.vigil;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;

/**
 * Groups occurrences of the same failure: the class of the root cause plus the top stack frames
 * of the application's own code, without line numbers so that a redeploy keeps the
 * fingerprint. A failure without any application frame (a malformed request body, a fault in a
 * library's filter) is grouped by the class of the exception alone, so that the input cannot
 * make new groups.
 *
 * @author Vigil
 */
public final class ErrorFingerprint {

	private static final int FRAMES = 3;

	private static final String[] LIBRARY_PREFIXES = { "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.",
			"org.springframework.", "org.apache.", "ch.qos.logback.", "org.slf4j.", "tools.jackson.",
			"com.fasterxml.", "io.micrometer.", "dev.vigil." };

	private final String[] applicationPrefixes;

	/**
	 * Creates a fingerprint for an application whose code lives in the given packages.
	 * @param applicationPackages base packages of the application (for example those of
	 * {@code AutoConfigurationPackages}); when empty, every non-library frame counts as
	 * application code
	 */
	public ErrorFingerprint(Collection<String> applicationPackages) {
		this.applicationPrefixes = applicationPackages.stream().map((name) -> name + ".").toArray(String[]::new);
	}

	/**
	 * Creates a fingerprint for the application of a bean factory: its code lives in the
	 * packages of {@code AutoConfigurationPackages}, when there are any.
	 * @param beanFactory the application's bean factory
	 * @return the fingerprint
	 */
	public static ErrorFingerprint forApplication(BeanFactory beanFactory) {
		return new ErrorFingerprint(
				AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of());
	}

	/**
	 * The fingerprint of an exception.
	 * @param throwable the exception
	 * @return 12 hexadecimal characters
	 */
	public String of(Throwable throwable) {
		Throwable root = throwable;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		List<StackTraceElement> frames = applicationFrames(root.getStackTrace());
		if (frames.isEmpty() && root != throwable) {
			frames = applicationFrames(throwable.getStackTrace());
		}
		return frames.isEmpty() ? withoutApplicationFrame(throwable.getClass().getName())
				: hash(root.getClass().getName(), frames);
	}

	/**
	 * The fingerprint of an exception carried by a Logback event; equal to {@link #of(Throwable)}
	 * for the same exception.
	 * @param proxy the exception as Logback sees it
	 * @return 12 hexadecimal characters
	 */
	public String of(IThrowableProxy proxy) {
		IThrowableProxy root = proxy;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		List<StackTraceElement> frames = applicationFrames(elements(root));
		if (frames.isEmpty() && root != proxy) {
			frames = applicationFrames(elements(proxy));
		}
		return frames.isEmpty() ? withoutApplicationFrame(proxy.getClassName()) : hash(root.getClassName(), frames);
	}

	/**
	 * The fingerprint of an event without an exception: its logger and its message template,
	 * the SLF4J pattern before its arguments are filled in, so that
	 * {@code log.error("Payment {} failed", id)} is one group whatever the id. Digits are
	 * masked, so that a message built by concatenation ({@code "Order " + id + " failed"}) is
	 * one group too.
	 * @param logger the name of the logger
	 * @param template the message template
	 * @return 12 hexadecimal characters
	 */
	public String ofTemplate(String logger, String template) {
		return hashText(logger + '|' + maskDigits(template));
	}

	/**
	 * A short human label of an event without an exception, such as
	 * {@code PaymentJob: Payment {} failed}, digits masked as in the fingerprint.
	 * @param logger the name of the logger
	 * @param template the message template
	 * @return the label, control characters escaped, at most 200 characters
	 */
	public String labelOfTemplate(String logger, String template) {
		String simpleName = logger.substring(Math.max(logger.lastIndexOf('.'), logger.lastIndexOf('$')) + 1);
		return ControlCharacters.escape(simpleName + ": " + maskDigits(template), 200);
	}

	/**
	 * Replaces every ASCII digit with {@code #}, as the fingerprint of a template does, so that
	 * {@code "Order 42 failed"} and {@code "Order 43 failed"} read the same.
	 * @param text the text
	 * @return the text with its digits masked
	 */
	public static String maskDigits(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= '0' && chars[i] <= '9') {
				chars[i] = '#';
			}
		}
		return new String(chars);
	}

	/**
	 * A short human label such as {@code IllegalStateException at OrderService.place}.
	 * @param throwable the exception
	 * @return the label
	 */
	public String label(Throwable throwable) {
		Throwable root = throwable;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return label(root.getClass().getName(), applicationFrames(root.getStackTrace()));
	}

	/**
	 * A short human label of an exception carried by a Logback event.
	 * @param proxy the exception as Logback sees it
	 * @return the label
	 */
	public String label(IThrowableProxy proxy) {
		IThrowableProxy root = proxy;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return label(root.getClassName(), applicationFrames(elements(root)));
	}

	private static String label(String className, List<StackTraceElement> frames) {
		String simpleName = className.substring(className.lastIndexOf('.') + 1);
		if (frames.isEmpty()) {
			return simpleName;
		}
		StackTraceElement frame = frames.get(0);
		String frameClass = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
		return simpleName + " at " + frameClass + "." + frame.getMethodName();
	}

	private List<StackTraceElement> applicationFrames(StackTraceElement[] stack) {
		List<StackTraceElement> frames = new ArrayList<>(FRAMES);
		for (StackTraceElement frame : stack) {
			if (isApplicationCode(frame.getClassName())) {
				frames.add(frame);
				if (frames.size() == FRAMES) {
					break;
				}
			}
		}
		return frames;
	}

	/**
	 * Whether a stack frame's class is the application's own code, by the rule the fingerprint
	 * groups with: in the application's packages when it has any, else outside the known
	 * libraries.
	 * @param className the fully qualified class name of the frame
	 * @return whether it is application code
	 */
	public boolean isApplicationCode(String className) {
		if (this.applicationPrefixes.length > 0) {
			for (String prefix : this.applicationPrefixes) {
				if (className.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}
		for (String prefix : LIBRARY_PREFIXES) {
			if (className.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	// Library frames and causes vary with the input (every malformed JSON body fails somewhere
	// else in the parser), so they would make a new group, and a new metric series, per input.
	private static String withoutApplicationFrame(String className) {
		return hash(className, List.of());
	}

	private static StackTraceElement[] elements(IThrowableProxy proxy) {
		StackTraceElementProxy[] proxies = proxy.getStackTraceElementProxyArray();
		StackTraceElement[] elements = new StackTraceElement[proxies.length];
		for (int i = 0; i < proxies.length; i++) {
			elements[i] = proxies[i].getStackTraceElement();
		}
		return elements;
	}

	private static String hash(String className, List<StackTraceElement> frames) {
		StringBuilder key = new StringBuilder(className);
		for (StackTraceElement frame : frames) {
			key.append('|').append(frame.getClassName()).append('#').append(frame.getMethodName());
		}
		return hashText(key.toString());
	}

	private static String hashText(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
