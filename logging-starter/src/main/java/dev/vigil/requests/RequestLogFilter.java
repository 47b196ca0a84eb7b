package dev.vigil.requests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.MDC;

import dev.vigil.ControlCharacters;
import dev.vigil.VigilMdc;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Gives every request an id (kept in the MDC while the request is served and echoed in the
 * response), logs one line when the request completes (for async requests at their real
 * completion), and hands exceptions that escape everything else to the
 * {@link UnhandledExceptionResponder} of error handling, or without one to the servlet container.
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
	 * @deprecated since 0.2.0 for removal; use {@link VigilMdc#REQUEST_ID}
	 */
	@Deprecated(since = "0.2.0", forRemoval = true)
	public static final String MDC_KEY = VigilMdc.REQUEST_ID;

	/**
	 * Request attribute holding the request id, for code that runs outside the MDC of the
	 * request (error handling, other threads).
	 */
	public static final String REQUEST_ID_ATTRIBUTE = "dev.vigil.requestId";

	/**
	 * MDC key of the incoming request id kept beside the request's own with
	 * {@code vigil.requests.incoming-request-id=keep-separate}.
	 * @deprecated since 0.2.0 for removal; use {@link VigilMdc#INCOMING_REQUEST_ID}
	 */
	@Deprecated(since = "0.2.0", forRemoval = true)
	public static final String INCOMING_MDC_KEY = VigilMdc.INCOMING_REQUEST_ID;

	/**
	 * Request attribute holding the incoming request id kept beside the request's own, when
	 * there is one.
	 */
	public static final String INCOMING_REQUEST_ID_ATTRIBUTE = "dev.vigil.incomingRequestId";

	// not "logger": GenericFilterBean has a field of that name
	private static final Logger requestLogger = RequestLineLogger.logger;

	private final String requestIdHeader;

	private final RequestLogProperties.IncomingRequestId incomingIds;

	private final RequestLogProperties.RequestIdSource requestIdSource;

	private final List<String> exclude;

	// replaced once, before the server takes requests, when the actuator's paths are known
	private volatile ExcludedPaths excludedPaths;

	private final RequestLineLogger lines;

	private final @Nullable RequestBodies bodies;

	private final @Nullable UnhandledExceptionResponder unhandledExceptions;

	/**
	 * Creates the filter, for an application that registers it itself (for example with
	 * another order) instead of letting the auto-configuration do it: masking by
	 * {@code vigil.requests.mask} and {@code vigil.requests.additional-mask}, the standard
	 * line, and exceptions that escape the application left to the servlet container, as
	 * without the filter.
	 * @param properties the request logging properties
	 * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
	 * if a property has an invalid value
	 */
	public RequestLogFilter(RequestLogProperties properties) {
		this(properties, null, RequestMasker.secretNames(secretWords(properties)), RequestLineFormatter.standard());
	}

	/**
	 * Creates the filter with the given handling of escaped exceptions, masking and line format.
	 * @param properties the request logging properties
	 * @param unhandledExceptions logs and answers an exception that escaped the application, or
	 * {@code null} to leave it to the servlet container
	 * @param masker masks what the line shows of a request
	 * @param formatter turns a completed request into its line
	 * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
	 * if a property has an invalid value
	 */
	public RequestLogFilter(RequestLogProperties properties, @Nullable UnhandledExceptionResponder unhandledExceptions,
			RequestMasker masker, RequestLineFormatter formatter) {
		this(properties, unhandledExceptions, masker, formatter, SlowRequestCounter.NONE, true);
	}

	// The auto-configuration's: it also knows the metric and whether key-value pairs show anywhere.
	RequestLogFilter(RequestLogProperties properties, @Nullable UnhandledExceptionResponder unhandledExceptions,
			RequestMasker masker, RequestLineFormatter formatter, SlowRequestCounter slowRequests,
			boolean keyValuePairs) {
		RequestLogPropertiesValidator.validate(properties);
		this.requestIdHeader = properties.getRequestIdHeader();
		this.incomingIds = properties.getIncomingRequestId();
		this.requestIdSource = properties.getRequestIdSource();
		this.exclude = List.copyOf(properties.getExclude());
		this.excludedPaths = new ExcludedPaths(this.exclude);
		this.bodies = properties.isIncludeBody()
				? new RequestBodies((int) properties.getMaxBodySize().toBytes(), masker) : null;
		this.lines = new RequestLineLogger(properties, masker, formatter, this.bodies, slowRequests, keyValuePairs);
		this.unhandledExceptions = unhandledExceptions;
	}

	/**
	 * The words of the one secret-name rule: {@code vigil.requests.mask} and
	 * {@code vigil.requests.additional-mask}.
	 */
	static List<String> secretWords(RequestLogProperties properties) {
		List<String> words = new ArrayList<>(properties.getMask());
		words.addAll(properties.getAdditionalMask());
		return words;
	}

	/**
	 * Leaves out requests to these paths too, besides {@code vigil.requests.exclude}.
	 * @param patterns path patterns, such as the actuator's endpoints
	 */
	void excludeAlso(List<String> patterns) {
		List<String> all = new ArrayList<>(this.exclude);
		all.addAll(patterns);
		this.excludedPaths = new ExcludedPaths(all);
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
		@Nullable String incoming = request.getHeader(this.requestIdHeader);
		String requestId = requestId(request, incoming);
		@Nullable String incomingId = (this.incomingIds == RequestLogProperties.IncomingRequestId.KEEP_SEPARATE
				&& RequestIds.isAcceptable(incoming)) ? incoming : null;
		request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
		if (incomingId != null) {
			request.setAttribute(INCOMING_REQUEST_ID_ATTRIBUTE, incomingId);
		}
		response.setHeader(this.requestIdHeader, requestId);
		boolean logged = !this.excludedPaths.matches(request);
		HttpServletRequest served = (logged && this.bodies != null) ? this.bodies.wrap(request) : request;
		try (RequestMdc mdc = RequestMdc.open(requestId, incomingId)) {
			try {
				serve(served, response, chain, requestId);
			}
			finally {
				// also when the exception goes on to the container, whose error dispatch sets the status
				if (logged) {
					writeLine(request, served, response, start, requestId, incomingId);
				}
			}
		}
	}

	private String requestId(HttpServletRequest request, @Nullable String incoming) {
		return switch (this.requestIdSource) {
			case HEADER -> (this.incomingIds == RequestLogProperties.IncomingRequestId.TRUST)
					? RequestIds.accept(incoming) : RequestIds.next();
			// the observation filter of a tracing bridge, ordered before this one, opened the trace
			case TRACE -> RequestIds.accept(MDC.get(VigilMdc.TRACE_ID));
			case TRACEPARENT -> RequestIds.accept(Traceparent.traceId(request.getHeader(Traceparent.HEADER)));
		};
	}

	private void writeLine(HttpServletRequest request, HttpServletRequest served, HttpServletResponse response,
			long start, String requestId, @Nullable String incomingId) {
		// read here: the tracing bridge's observation filter, ordered before this one, has closed
		// its scope by the time the container ends the request
		PendingLine line = new PendingLine(this.lines, served, response, start, requestId, incomingId,
				RequestMdc.Trace.current());
		if (request.isAsyncStarted() && completesLater(request, new AsyncCompletion(line))) {
			return;
		}
		if (!LineAtRequestEnd.writeAtEnd(request, line)) {
			this.lines.log(served, response, start, requestId, incomingId);
		}
	}

	/**
	 * An async or error dispatch of a request that passed here already: the same id in the
	 * MDC, no second line.
	 */
	private void continueDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
		String requestId = (id instanceof String string) ? string : RequestIds.next();
		@Nullable String incomingId = (request.getAttribute(INCOMING_REQUEST_ID_ATTRIBUTE) instanceof String string)
				? string : null;
		try (RequestMdc mdc = RequestMdc.open(requestId, incomingId)) {
			serve(request, response, chain, requestId);
		}
	}

	/**
	 * Serves the request. An exception that escaped the application goes to the responder,
	 * which logs it once and answers it, and is not rethrown: the container would log it again
	 * and forward to the error page. Without a responder (error handling off) it goes on to the
	 * container, as in Spring Boot.
	 */
	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String requestId) throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (Throwable ex) {
			UnhandledExceptionResponder responder = this.unhandledExceptions;
			if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
				clientGone(request, ex, requestId);
			}
			else if (responder != null) {
				answer(request, response, ex, requestId, responder);
			}
			else {
				throw ex;
			}
			if (request.isAsyncStarted()) {
				// nobody else completes it once the exception is swallowed here
				try {
					request.getAsyncContext().complete();
				}
				catch (IllegalStateException alreadyCompleted) {
					// nothing left to do
				}
			}
		}
	}

	private static void clientGone(HttpServletRequest request, Throwable ex, String requestId) {
		if (requestLogger.isDebugEnabled()) {
			requestLogger.debug("Client disconnected requestId={} {} {}: {}", requestId,
					ControlCharacters.escape(request.getMethod()), ControlCharacters.escape(request.getRequestURI()),
					ControlCharacters.escape(ex.toString()));
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, Throwable ex, String requestId,
			UnhandledExceptionResponder responder) {
		try {
			if (!response.isCommitted()) {
				// drop whatever the application had started to answer, but keep the request id
				response.reset();
				response.setHeader(this.requestIdHeader, requestId);
			}
			responder.respond(request, response, ex, requestId);
		}
		catch (IOException | RuntimeException failure) {
			requestLogger.debug("Could not answer requestId={} with a problem response", requestId, failure);
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

}
