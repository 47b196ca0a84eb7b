package dev.vigil.requests;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Masks what a request line shows of a request: the values of secret path parameters, query
 * parameters and headers, and secret fields of a logged body. The auto-configuration provides
 * {@link #secretNames(Collection) the default}, built from {@code vigil.requests.mask} and
 * {@code vigil.requests.additional-mask}; an application replaces it by defining a bean of
 * this type, for example one that delegates to the default and masks a body type Vigil does
 * not know.
 * <p>
 * Each method receives text as the client sent it and returns it masked, not yet escaped: the
 * request line escapes control characters and line breaks afterwards, whatever the masker
 * returns.
 *
 * @author Vigil
 * @see RequestLineFormatter
 */
public interface RequestMasker {

	/**
	 * The request path with the values of secret path parameters masked, such as those after
	 * a {@code ;} in {@code /cart;jsessionid=…}.
	 * @param path the raw request path
	 * @return the masked path
	 */
	String maskPath(String path);

	/**
	 * The query string with the values of secret parameters masked.
	 * @param query the raw query string
	 * @return the masked query string
	 */
	String maskQuery(String query);

	/**
	 * Whether the values of a header are masked as a whole.
	 * @param name the header name as the client sent it
	 * @return whether the header's values must not be logged
	 */
	boolean isSecretHeader(String name);

	/**
	 * The textual body the application read (form, JSON, XML or {@code text/*}, up to
	 * {@code vigil.requests.max-body-size}) with its secret fields masked.
	 * @param body the body, decoded
	 * @param contentType the request's content type, as sent
	 * @return the masked body
	 */
	String maskBody(String body, @Nullable String contentType);

	/**
	 * Vigil's default masker: the values of every name that contains one of the given words,
	 * compared in lower case with everything but letters and digits left out, are replaced by
	 * {@code ***}, in paths, queries, headers, form, JSON and XML bodies alike.
	 * @param words the secret words, as in {@code vigil.requests.mask}
	 * @return the masker
	 */
	static RequestMasker secretNames(Collection<String> words) {
		return new SecretNameMasker(new SecretNames(words));
	}

}
