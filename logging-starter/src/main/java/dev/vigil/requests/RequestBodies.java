package dev.vigil.requests;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Keeps a copy of the first bytes of textual request bodies as the application reads them, and
 * renders that copy for the log, masked by the {@link RequestMasker}. Bodies the application
 * does not read are not read here either, and non-textual bodies (files, multipart) are never
 * kept.
 */
final class RequestBodies {

	static final String TRUNCATED = "...(truncated)";

	private final int maxBytes;

	private final RequestMasker masker;

	RequestBodies(int maxBytes, RequestMasker masker) {
		this.maxBytes = maxBytes;
		this.masker = masker;
	}

	HttpServletRequest wrap(HttpServletRequest request) {
		return (this.maxBytes > 0 && type(request.getContentType()) != null) ? new CachedBody(request, this.maxBytes)
				: request;
	}

	/**
	 * The masked body as far as the application has read it, not yet escaped.
	 * @param request the request returned by {@link #wrap(HttpServletRequest)}
	 * @return the body, or {@code null} when none was read or it is not logged
	 */
	@Nullable String render(HttpServletRequest request) {
		if (!(request instanceof CachedBody cached)) {
			return null;
		}
		byte[] content = cached.getContentAsByteArray();
		if (content.length == 0) {
			return null;
		}
		// form parameters are copied into the cache whole, so the limit is applied here again
		int length = Math.min(content.length, this.maxBytes);
		BodyType type = type(cached.getContentType());
		String text = decode(content, length, cached, type);
		if (type != BodyType.TEXT && !isMaskable(text)) {
			// not text in the encoding it was decoded with: its names could not be recognised
			return "[unparsable body omitted, " + content.length + " bytes]";
		}
		String masked = this.masker.maskBody(text, cached.getContentType());
		return (cached.truncated || length < content.length) ? masked + TRUNCATED : masked;
	}

	private static String decode(byte[] content, int length, HttpServletRequest request, @Nullable BodyType type) {
		Charset declared = charset(request);
		return (type == BodyType.JSON || type == BodyType.XML) ? UnicodeText.decode(content, length, declared)
				: new String(content, 0, length, declared);
	}

	/**
	 * Whether the text decoded as text: no NUL and no undecodable bytes, except a character
	 * cut at the end by max-body-size.
	 */
	private static boolean isMaskable(String text) {
		int replacement = text.indexOf('\uFFFD');
		return text.indexOf('\u0000') < 0 && (replacement < 0 || replacement >= text.length() - 1);
	}

	private static Charset charset(HttpServletRequest request) {
		String encoding = request.getCharacterEncoding();
		if (encoding != null) {
			try {
				return Charset.forName(encoding);
			}
			catch (RuntimeException ex) {
				// an unknown charset sent by the client: fall through to UTF-8
			}
		}
		return StandardCharsets.UTF_8;
	}

	static @Nullable BodyType type(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		if (type.startsWith("application/x-www-form-urlencoded")) {
			return BodyType.FORM;
		}
		int parameters = type.indexOf(';');
		String mediaType = (parameters < 0) ? type : type.substring(0, parameters);
		if (mediaType.endsWith("json")) {
			return BodyType.JSON;
		}
		if (mediaType.endsWith("xml")) {
			return BodyType.XML;
		}
		return mediaType.startsWith("text/") ? BodyType.TEXT : null;
	}

	enum BodyType {

		FORM, JSON, XML, TEXT

	}

	/**
	 * Remembers that the body was longer than what was kept.
	 */
	private static final class CachedBody extends ContentCachingRequestWrapper {

		private boolean truncated;

		CachedBody(HttpServletRequest request, int limit) {
			super(request, limit);
		}

		@Override
		protected void handleContentOverflow(int contentCacheLimit) {
			this.truncated = true;
		}

	}

}
