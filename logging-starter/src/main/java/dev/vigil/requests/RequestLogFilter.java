package dev.vigil.requests;

import java.io.IOException;

import dev.vigil.ErrorId;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Gives every request an id (kept in the MDC while the request is served and echoed in the
 * response), logs one line when the request completes (for async requests at their real
 * completion), and answers exceptions that escape everything else.
 * <p>
 * Registered very early ({@link #ORDER}), before Spring Security, so that every other filter
 * logs with the request id; also on async and error dispatches, which run on other threads or
 * after the first pass has returned.
 *
 * @author Vigil
 */
public final class RequestLogFilter extends OncePerRequestFilter {

	/**
	 * Order of the filter's registration: after Spring's character encoding and forwarded
	 * header filters, before Spring Security's filter chain.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * MDC key of the request id.
	 */
	public static final String MDC_KEY = "requestId";

	/**
	 * Request attribute holding the request id, for code that runs outside the MDC of the
	 * request (error handling, other threads).
	 */
	public static final String REQUEST_ID_ATTRIBUTE = "dev.vigil.requestId";

	private final String requestIdHeader;

	private final ExcludedPaths excludedPaths;

	private final RequestLineLogger lines;

	private final @Nullable RequestBodies bodies;

	private final FallbackErrorResponse errorResponse;

	/**
	 * Creates the filter, for an application that registers it itself (for example with
	 * another order) instead of letting the auto-configuration do it.
	 * @param properties the request logging properties
	 * @param jsonMapper writes the problem response of an unhandled exception
	 * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
	 * if a property has an invalid value
	 */
	public RequestLogFilter(RequestLogProperties properties, JsonMapper jsonMapper) {
		this(properties, new FallbackErrorResponse(jsonMapper, properties.getRequestIdHeader()));
	}

	RequestLogFilter(RequestLogProperties properties, FallbackErrorResponse errorResponse) {
		RequestLogPropertiesValidator.validate(properties);
		SecretNames secrets = new SecretNames(properties.getMask());
		this.requestIdHeader = properties.getRequestIdHeader();
		this.excludedPaths = new ExcludedPaths(properties.getExclude());
		this.bodies = properties.isIncludeBody()
				? new RequestBodies((int) properties.getMaxBodySize().toBytes(), secrets) : null;
		this.lines = new RequestLineLogger(properties, secrets, this.bodies);
		this.errorResponse = errorResponse;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			continueDispatch(request, response, chain);
			return;
		}
		long start = System.nanoTime();
		String requestId = RequestIds.accept(request.getHeader(this.requestIdHeader));
		request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
		response.setHeader(this.requestIdHeader, requestId);
		boolean logged = !this.excludedPaths.matches(request);
		HttpServletRequest served = (logged && this.bodies != null) ? this.bodies.wrap(request) : request;
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, requestId);
		try {
			serve(served, response, chain, requestId);
			if (!logged) {
				return;
			}
			if (!request.isAsyncStarted() || !completesLater(request, new Completion(served, response, start, requestId))) {
				logLine(served, response, start, requestId);
			}
		}
		finally {
			restore(previous);
		}
	}

	/**
	 * An async or error dispatch of a request that passed here already: the same id in the
	 * MDC, no second line.
	 */
	private void continueDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
		String requestId = (id instanceof String string) ? string : RequestIds.next();
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, requestId);
		try {
			serve(request, response, chain, requestId);
		}
		finally {
			restore(previous);
		}
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String requestId) throws IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (Throwable ex) {
			unhandled(request, response, ex, requestId);
		}
	}

	/**
	 * Logs an exception that escaped the application once, at ERROR, and answers it. It is
	 * not rethrown: the container would log it again and forward to the error page.
	 */
	private void unhandled(HttpServletRequest request, HttpServletResponse response, Throwable ex, String requestId)
			throws IOException {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			if (RequestLineLogger.logger.isDebugEnabled()) {
				RequestLineLogger.logger.debug("Client disconnected requestId={} {} {}: {}", requestId,
						ControlCharacters.escape(request.getMethod()),
						ControlCharacters.escape(request.getRequestURI()), ex.toString());
			}
			return;
		}
		String errorId = ErrorId.next();
		MDC.put(ErrorId.MDC_KEY, errorId);
		try {
			RequestLineLogger.logger.error("Unhandled exception errorId={} requestId={} {} {}", errorId, requestId,
					ControlCharacters.escape(request.getMethod()), ControlCharacters.escape(request.getRequestURI()),
					ex);
		}
		finally {
			MDC.remove(ErrorId.MDC_KEY);
		}
		if (!response.isCommitted()) {
			this.errorResponse.write(request, response, errorId, requestId);
		}
		if (request.isAsyncStarted()) {
			// nobody else will complete it once the exception is swallowed here
			request.getAsyncContext().complete();
		}
	}

	private static boolean completesLater(HttpServletRequest request, AsyncListener completion) {
		try {
			request.getAsyncContext().addListener(completion);
			return true;
		}
		catch (IllegalStateException ex) {
			// completed during this dispatch already (an unhandled exception answered here)
			return false;
		}
	}

	private void logLine(HttpServletRequest request, HttpServletResponse response, long start, String requestId) {
		try {
			this.lines.log(request, response, start, requestId);
		}
		catch (RuntimeException ex) {
			// a request must never fail because its log line could not be written
			RequestLineLogger.logger.warn("Could not log request requestId={}", requestId, ex);
		}
	}

	private static void restore(@Nullable String previous) {
		if (previous != null) {
			MDC.put(MDC_KEY, previous);
		}
		else {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * Logs the line of an async request when it completes, on whichever thread the container
	 * completes it.
	 */
	private final class Completion implements AsyncListener {

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private final long start;

		private final String requestId;

		Completion(HttpServletRequest request, HttpServletResponse response, long start, String requestId) {
			this.request = request;
			this.response = response;
			this.start = start;
			this.requestId = requestId;
		}

		@Override
		public void onComplete(AsyncEvent event) {
			String previous = MDC.get(MDC_KEY);
			MDC.put(MDC_KEY, this.requestId);
			try {
				logLine(this.request, this.response, this.start, this.requestId);
			}
			finally {
				restore(previous);
			}
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// a new async cycle drops the listeners of the previous one
			event.getAsyncContext().addListener(this);
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

	}

}
