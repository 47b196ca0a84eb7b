package dev.vigil.requests;

import java.util.Map;

/**
 * Turns a completed request into its line: the message and the key-value pairs that
 * structured formats (JSON files, console) show beside it. The auto-configuration provides
 * {@link #standard() the default}; an application replaces it by defining a bean of this type.
 * Vigil still decides the level of the line and whether it is written.
 * <p>
 * The values of the {@link LoggedRequest} are masked and escaped already; the message is
 * escaped once more before it is logged, so that a formatter cannot start a new log entry.
 *
 * @author Vigil
 * @see RequestMasker
 */
public interface RequestLineFormatter {

	/**
	 * The message of the request's line.
	 * @param request the completed request
	 * @return the message
	 */
	String message(LoggedRequest request);

	/**
	 * The key-value pairs of the request's line, in the order they are to be shown. Not
	 * called where only Vigil's text files see the line. The request id is in the MDC already:
	 * Spring Boot's structured formats fail on a name written twice.
	 * @param request the completed request
	 * @return the pairs, possibly empty
	 */
	Map<String, Object> keyValues(LoggedRequest request);

	/**
	 * Vigil's default format: a message such as
	 * {@code GET /hello?name=ann -> 200 in 3 ms client=127.0.0.1 requestId=4f1c9a0b7d2e3f61}
	 * and the same values as pairs with Elastic Common Schema names.
	 * @return the default formatter
	 */
	static RequestLineFormatter standard() {
		return StandardRequestLineFormatter.INSTANCE;
	}

}
