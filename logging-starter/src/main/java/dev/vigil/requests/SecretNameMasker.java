package dev.vigil.requests;

import org.jspecify.annotations.Nullable;

/**
 * The default {@link RequestMasker}: one {@link SecretNames} rule for every place a secret
 * can arrive in.
 */
final class SecretNameMasker implements RequestMasker {

	private final SecretNames secrets;

	private final PathParameterMasker paths;

	private final QueryMasker queries;

	private final JsonMasker json;

	private final XmlMasker xml;

	SecretNameMasker(SecretNames secrets) {
		this.secrets = secrets;
		this.paths = new PathParameterMasker(secrets);
		this.queries = new QueryMasker(secrets);
		this.json = new JsonMasker(secrets);
		this.xml = new XmlMasker(secrets);
	}

	@Override
	public String maskPath(String path) {
		return this.paths.mask(path);
	}

	@Override
	public String maskQuery(String query) {
		return this.queries.mask(query);
	}

	@Override
	public boolean isSecretHeader(String name) {
		return this.secrets.contains(name);
	}

	@Override
	public String maskBody(String body, @Nullable String contentType) {
		RequestBodies.BodyType type = RequestBodies.type(contentType);
		return switch ((type != null) ? type : RequestBodies.BodyType.TEXT) {
			case FORM -> this.queries.mask(body);
			case JSON -> this.json.mask(body);
			case XML -> this.xml.mask(body);
			case TEXT -> maskText(body);
		};
	}

	/**
	 * Text without a structure to rely on, masked conservatively: as JSON or XML when it looks
	 * like it (a client may send either as text/plain), else every name=value pair.
	 */
	private String maskText(String text) {
		String trimmed = text.stripLeading();
		if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
			return this.json.mask(text);
		}
		if (trimmed.startsWith("<")) {
			return this.xml.mask(text);
		}
		return this.queries.mask(text);
	}

}
