package dev.vigil.requests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.util.unit.DataSize;

/**
 * Logging of the HTTP requests a servlet web application serves.
 *
 * @author Vigil
 */
@ConfigurationProperties("vigil.requests")
public class RequestLogProperties {

	/**
	 * Whether to log one line per request and keep a request id in the MDC.
	 */
	private boolean enabled = true;

	/**
	 * Whether request lines also go to the console (and any other appender of the root
	 * logger) while Vigil's log files are on. Off by default: the console is the most expensive
	 * place to write a line per request, and app.log holds them. With the files off, request
	 * lines always go where the application's other logs go.
	 */
	private boolean console = false;

	/**
	 * Whether the logged path includes the query string (with masked parameters).
	 */
	private boolean includeQuery = true;

	/**
	 * Whether to log the request headers (with masked values).
	 */
	private boolean includeHeaders = false;

	/**
	 * Whether to log textual request bodies (text, JSON, XML, form data) as far as the
	 * application has read them, with masked fields.
	 */
	private boolean includeBody = false;

	/**
	 * Largest part of a request body that is kept for the log; the rest is still passed to the
	 * application.
	 */
	private DataSize maxBodySize = DataSize.ofKilobytes(1);

	/**
	 * Requests taking longer than this are logged at WARN and marked slow=true.
	 */
	private Duration slowThreshold = Duration.ofSeconds(1);

	/**
	 * Level of the line of a request answered with a 4xx status: TRACE, DEBUG, INFO, WARN or
	 * ERROR. Lines below 400 are logged at INFO, 5xx at WARN.
	 */
	private LogLevel clientErrorLevel = LogLevel.INFO;

	/**
	 * Path patterns (Spring PathPattern syntax, relative to the context path) of requests that
	 * are not logged at all, besides the actuator's endpoints (see exclude-actuator).
	 */
	private List<String> exclude = new ArrayList<>(List.of("/favicon.ico"));

	/**
	 * Whether to leave out requests to the actuator's web endpoints wherever
	 * management.endpoints.web.base-path puts them, and to their additional paths on the main
	 * port (such as health probes on /livez and /readyz).
	 */
	private boolean excludeActuator = true;

	/**
	 * Header carrying the request id: an incoming id is valid when it matches
	 * [A-Za-z0-9._:-]{1,64} and is used as incoming-request-id says; the request's id is
	 * echoed in the response.
	 */
	private String requestIdHeader = "X-Request-Id";

	/**
	 * What becomes of a request id sent by the client in request-id-header: 'trust' makes a
	 * valid one the request's id; 'ignore' gives every request a new id; 'keep-separate' gives
	 * every request a new id and keeps a valid incoming one beside it, in the MDC key and on
	 * the request line as incomingRequestId.
	 */
	private IncomingRequestId incomingRequestId = IncomingRequestId.TRUST;

	/**
	 * Where the request id comes from: 'header' takes it from request-id-header as
	 * incoming-request-id says, or generates one; 'trace' uses the id of the current trace when
	 * a tracing bridge (Micrometer Tracing) is active, and generates one otherwise; 'traceparent'
	 * uses the trace-id part of a valid W3C traceparent header, for applications without a
	 * tracing library, and generates one when the header is missing or invalid.
	 */
	private RequestIdSource requestIdSource = RequestIdSource.HEADER;

	/**
	 * Words that make a name secret: the value of a header, query, form or path parameter, JSON
	 * member, XML element or attribute is logged as *** when its name, in lower case and with
	 * everything but letters and digits left out, contains one of these words (compared the
	 * same way), so 'apikey' covers api-key, X_API_KEY and apiKeyId. Setting this list replaces
	 * the default one; additional-mask adds to it.
	 */
	private List<String> mask = new ArrayList<>(List.of("password", "passwd", "passphrase", "pwd", "secret",
			"token", "apikey", "privatekey", "session", "credential", "auth", "cookie", "signature", "jwt"));

	/**
	 * Words that make a name secret besides those of mask, matched the same way.
	 */
	private List<String> additionalMask = new ArrayList<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isConsole() {
		return this.console;
	}

	public void setConsole(boolean console) {
		this.console = console;
	}

	public boolean isIncludeQuery() {
		return this.includeQuery;
	}

	public void setIncludeQuery(boolean includeQuery) {
		this.includeQuery = includeQuery;
	}

	public boolean isIncludeHeaders() {
		return this.includeHeaders;
	}

	public void setIncludeHeaders(boolean includeHeaders) {
		this.includeHeaders = includeHeaders;
	}

	public boolean isIncludeBody() {
		return this.includeBody;
	}

	public void setIncludeBody(boolean includeBody) {
		this.includeBody = includeBody;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getSlowThreshold() {
		return this.slowThreshold;
	}

	public void setSlowThreshold(Duration slowThreshold) {
		this.slowThreshold = slowThreshold;
	}

	public LogLevel getClientErrorLevel() {
		return this.clientErrorLevel;
	}

	public void setClientErrorLevel(LogLevel clientErrorLevel) {
		this.clientErrorLevel = clientErrorLevel;
	}

	public List<String> getExclude() {
		return this.exclude;
	}

	public void setExclude(List<String> exclude) {
		this.exclude = exclude;
	}

	public boolean isExcludeActuator() {
		return this.excludeActuator;
	}

	public void setExcludeActuator(boolean excludeActuator) {
		this.excludeActuator = excludeActuator;
	}

	public String getRequestIdHeader() {
		return this.requestIdHeader;
	}

	public void setRequestIdHeader(String requestIdHeader) {
		this.requestIdHeader = requestIdHeader;
	}

	public IncomingRequestId getIncomingRequestId() {
		return this.incomingRequestId;
	}

	public void setIncomingRequestId(IncomingRequestId incomingRequestId) {
		this.incomingRequestId = incomingRequestId;
	}

	public RequestIdSource getRequestIdSource() {
		return this.requestIdSource;
	}

	public void setRequestIdSource(RequestIdSource requestIdSource) {
		this.requestIdSource = requestIdSource;
	}

	public List<String> getMask() {
		return this.mask;
	}

	public void setMask(List<String> mask) {
		this.mask = mask;
	}

	public List<String> getAdditionalMask() {
		return this.additionalMask;
	}

	public void setAdditionalMask(List<String> additionalMask) {
		this.additionalMask = additionalMask;
	}

	/**
	 * What becomes of a request id sent by the client.
	 */
	public enum IncomingRequestId {

		/**
		 * A valid incoming id becomes the request's id, so that the ids of an upstream proxy
		 * or caller can be followed; an invalid one is replaced by a new id.
		 */
		TRUST,

		/**
		 * Every request gets a new id; the incoming one is not written anywhere.
		 */
		IGNORE,

		/**
		 * Every request gets a new id; a valid incoming one is kept beside it, in the MDC key
		 * and on the request line as incomingRequestId.
		 */
		KEEP_SEPARATE

	}

	/**
	 * Where the request id comes from.
	 */
	public enum RequestIdSource {

		/**
		 * The request-id-header, as incoming-request-id says; a new id without a valid one.
		 */
		HEADER,

		/**
		 * The id of the current trace when a tracing bridge is active, so that the request id
		 * and the trace id are one; a new id outside a trace.
		 */
		TRACE,

		/**
		 * The trace-id part of the W3C traceparent header the client sent, for applications
		 * without a tracing library; a new id when the header is missing or invalid (never
		 * the header as it came).
		 */
		TRACEPARENT

	}

}
