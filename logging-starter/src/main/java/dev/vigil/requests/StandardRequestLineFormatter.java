package dev.vigil.requests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default {@link RequestLineFormatter}: {@code GET /hello?name=ann -> 200 in 3 ms
 * client=127.0.0.1 requestId=4f1c9a0b7d2e3f61}, and {@code traceId=…} when the request was
 * traced, with ECS names for the pairs (the Logstash and GELF files keep their own, see
 * {@code dev.vigil.file}).
 */
final class StandardRequestLineFormatter implements RequestLineFormatter {

	static final StandardRequestLineFormatter INSTANCE = new StandardRequestLineFormatter();

	private StandardRequestLineFormatter() {
	}

	@Override
	public String message(LoggedRequest request) {
		StringBuilder line = new StringBuilder(128).append(request.method()).append(' ').append(request.path());
		if (request.query() != null) {
			line.append('?').append(request.query());
		}
		line.append(" -> ")
			.append(request.status())
			.append(" in ")
			.append(request.duration().toMillis())
			.append(" ms client=")
			.append(request.client())
			.append(" requestId=")
			.append(request.requestId());
		if (request.traceId() != null) {
			// like the request id, a pair only through the MDC (ECS: trace.id)
			line.append(" traceId=").append(request.traceId());
		}
		if (request.incomingRequestId() != null) {
			// like the request id, a pair only through the MDC
			line.append(" incomingRequestId=").append(request.incomingRequestId());
		}
		if (request.slow()) {
			line.append(" slow=true");
		}
		if (request.headers() != null) {
			line.append(" headers=").append(request.headers());
		}
		if (request.body() != null) {
			line.append(" body=").append(request.body());
		}
		return line.toString();
	}

	@Override
	public Map<String, Object> keyValues(LoggedRequest request) {
		Map<String, Object> pairs = new LinkedHashMap<>();
		pairs.put("http.request.method", request.method());
		pairs.put("url.path", request.path());
		pairs.put("http.response.status_code", request.status());
		pairs.put("event.duration", request.duration().toNanos());
		pairs.put("client.address", request.client());
		if (request.query() != null) {
			pairs.put("url.query", request.query());
		}
		if (request.slow()) {
			pairs.put("labels.slow", true);
		}
		if (request.headers() != null) {
			pairs.put("labels.request_headers", request.headers());
		}
		if (request.body() != null) {
			pairs.put("http.request.body.content", request.body());
		}
		return pairs;
	}

}
