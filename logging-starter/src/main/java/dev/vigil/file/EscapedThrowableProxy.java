package dev.vigil.file;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.jspecify.annotations.Nullable;

import dev.vigil.ControlCharacters;

/**
 * A throwable as Logback's throwable converters print it, with the message of the throwable,
 * of every cause and of every suppressed exception escaped: Logback prints them raw, and a
 * message built from user input ({@code "Order not found: " + id}) could otherwise start a
 * forged entry of its own. The stack frames are the original ones.
 */
final class EscapedThrowableProxy implements IThrowableProxy {

	private final IThrowableProxy proxy;

	private EscapedThrowableProxy(IThrowableProxy proxy) {
		this.proxy = proxy;
	}

	static @Nullable IThrowableProxy of(@Nullable IThrowableProxy proxy) {
		return (proxy == null || proxy instanceof EscapedThrowableProxy) ? proxy : new EscapedThrowableProxy(proxy);
	}

	@Override
	public @Nullable String getOverridingMessage() {
		return escape(this.proxy.getOverridingMessage());
	}

	@Override
	public @Nullable String getMessage() {
		return escape(this.proxy.getMessage());
	}

	@Override
	public String getClassName() {
		return ControlCharacters.escape(this.proxy.getClassName());
	}

	@Override
	public StackTraceElementProxy[] getStackTraceElementProxyArray() {
		return this.proxy.getStackTraceElementProxyArray();
	}

	@Override
	public int getCommonFrames() {
		return this.proxy.getCommonFrames();
	}

	@Override
	public @Nullable IThrowableProxy getCause() {
		return of(this.proxy.getCause());
	}

	@Override
	public IThrowableProxy[] getSuppressed() {
		IThrowableProxy[] suppressed = this.proxy.getSuppressed();
		IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
		for (int i = 0; i < suppressed.length; i++) {
			escaped[i] = of(suppressed[i]);
		}
		return escaped;
	}

	@Override
	public boolean isCyclic() {
		return this.proxy.isCyclic();
	}

	private static @Nullable String escape(@Nullable String text) {
		return (text != null) ? ControlCharacters.escape(text) : null;
	}

}
