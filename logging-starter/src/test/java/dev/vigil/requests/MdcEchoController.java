package dev.vigil.requests;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.slf4j.MDC;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers with the MDC the application sees while serving a request, on the request thread and
 * on the thread of a {@code Callable}, as {@code key=value} lines in key order.
 */
@RestController
class MdcEchoController {

	@GetMapping("/mdc")
	String mdc() {
		return render(MDC.getCopyOfContextMap());
	}

	@GetMapping("/mdc-callable")
	Callable<String> mdcInCallable() {
		return () -> render(MDC.getCopyOfContextMap());
	}

	private static String render(Map<String, String> mdc) {
		StringBuilder out = new StringBuilder();
		new TreeMap<>((mdc != null) ? mdc : Map.of()).forEach((key, value) -> out.append(key).append('=')
			.append(value).append('\n'));
		return out.toString();
	}

}
