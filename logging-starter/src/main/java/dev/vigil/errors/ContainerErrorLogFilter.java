package dev.vigil.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.vigil.ErrorId;
import dev.vigil.LogbackLoggingSystem;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Keeps an exception that escaped the filter chain to one log entry. Tomcat logs it at ERROR
 * ("Servlet.service() for servlet [...] threw exception") and then forwards to the error path,
 * where {@link ProblemErrorController} logs it again, with the error id the client receives.
 * <p>
 * This filter holds Tomcat's entry back on the request thread ({@link HeldContainerErrors}).
 * The error controller takes it once it has logged the failure itself; whatever is still held
 * when the request ends (no error path, another error controller) is logged then, so a
 * failure is never lost, only logged once.
 */
final class ContainerErrorLogFilter extends TurboFilter
		implements ServletRequestListener, InitializingBean, DisposableBean {

	private static final String WRAPPER_LOGGER_PREFIX = "org.apache.catalina.core.ContainerBase.[";

	private final ErrorReporter reporter;

	ContainerErrorLogFilter(ErrorReporter reporter) {
		this.reporter = reporter;
		setName("VIGIL_CONTAINER_ERRORS");
	}

	@Override
	public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
			Object @Nullable [] params, @Nullable Throwable throwable) {
		if (throwable == null || level != Level.ERROR || !isServletWrapperLogger(logger.getName())) {
			return FilterReply.NEUTRAL;
		}
		HeldContainerErrors.hold(throwable);
		return FilterReply.DENY;
	}

	// The logger of a servlet: ContainerBase.[engine].[host].[context].[servlet]
	private static boolean isServletWrapperLogger(String name) {
		if (!name.startsWith(WRAPPER_LOGGER_PREFIX)) {
			return false;
		}
		int separators = 0;
		for (int i = name.indexOf("].[", 0); i >= 0; i = name.indexOf("].[", i + 3)) {
			separators++;
		}
		return separators >= 3;
	}

	@Override
	public void requestInitialized(ServletRequestEvent event) {
		// Left over by an asynchronous request, which ends without this thread.
		Throwable throwable = HeldContainerErrors.take();
		if (throwable != null) {
			this.reporter.reportWithoutRequest(throwable, ErrorId.next());
		}
	}

	@Override
	public void requestDestroyed(ServletRequestEvent event) {
		Throwable throwable = HeldContainerErrors.take();
		if (throwable != null) {
			if (event.getServletRequest() instanceof HttpServletRequest request) {
				this.reporter.report(throwable, 500, ErrorId.next(), request);
			}
			else {
				this.reporter.reportWithoutRequest(throwable, ErrorId.next());
			}
		}
	}

	@Override
	public void afterPropertiesSet() {
		LoggerContext context = LogbackLoggingSystem.requiredContext();
		setContext(context);
		start();
		context.addTurboFilter(this);
	}

	@Override
	public void destroy() {
		if (getContext() instanceof LoggerContext context) {
			context.getTurboFilterList().remove(this);
		}
		stop();
	}

}
