package dev.vigil.requests;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import dev.vigil.VigilMdc;

import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

/**
 * Puts the request id in the MDC of the thread that runs a controller's {@code Callable} or
 * {@code StreamingResponseBody}, so that the lines it logs carry the id like those of the
 * request thread.
 */
class RequestIdCallableInterceptor implements CallableProcessingInterceptor {

	@Override
	public <T> void preProcess(NativeWebRequest request, Callable<T> task) {
		Object requestId = request.getAttribute(RequestLogFilter.REQUEST_ID_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (requestId instanceof String id) {
			MDC.put(VigilMdc.REQUEST_ID, id);
		}
		Object incomingId = request.getAttribute(RequestLogFilter.INCOMING_REQUEST_ID_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (incomingId instanceof String id) {
			MDC.put(VigilMdc.INCOMING_REQUEST_ID, id);
		}
	}

	@Override
	public <T> void postProcess(NativeWebRequest request, Callable<T> task, @Nullable Object result) {
		MDC.remove(VigilMdc.REQUEST_ID);
		MDC.remove(VigilMdc.INCOMING_REQUEST_ID);
	}

}
