package dev.vigil.requests;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.util.StringUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * The paths whose requests are not logged, as {@link PathPattern}s parsed once at startup and
 * matched against the path within the application (without the context path).
 */
final class ExcludedPaths {

	private static final String ACCEPTED = "Accepted: a path pattern starting with '/', such as '/actuator/**', "
			+ "'/favicon.ico' or '/static/*.css' (Spring PathPattern syntax).";

	private final PathPattern[] patterns;

	/**
	 * The literal start of each pattern, up to its last '/' before a wildcard or variable: a
	 * path that starts with none of them cannot match, and parsing it is skipped.
	 */
	private final String[] literalStarts;

	ExcludedPaths(List<String> patterns) {
		List<PathPattern> parsed = new ArrayList<>(patterns.size());
		for (int i = 0; i < patterns.size(); i++) {
			parsed.add(parse("vigil.requests.exclude[" + i + "]", patterns.get(i)));
		}
		this.patterns = parsed.toArray(PathPattern[]::new);
		this.literalStarts = patterns.stream().map(ExcludedPaths::literalStart).toArray(String[]::new);
	}

	// Called after parse(), so the pattern starts with '/' and the slash is always found
	private static String literalStart(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			if ("*?{".indexOf(pattern.charAt(i)) >= 0) {
				// "/actuator/**" also matches "/actuator"
				return pattern.substring(0, pattern.lastIndexOf('/', i));
			}
		}
		return pattern;
	}

	/**
	 * Whether the path starts like no pattern, so that it need not be parsed. Encoded or
	 * parameterised paths are decoded by PathPattern: those always take the full match.
	 */
	boolean cannotMatch(String uri, int contextLength) {
		if (uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) {
			return false;
		}
		for (String start : this.literalStarts) {
			if (uri.startsWith(start, contextLength)) {
				return false;
			}
		}
		return true;
	}

	private static PathPattern parse(String property, String pattern) {
		if (!StringUtils.hasText(pattern) || !pattern.startsWith("/")) {
			throw new InvalidConfigurationPropertyValueException(property, pattern, ACCEPTED);
		}
		try {
			return PathPatternParser.defaultInstance.parse(pattern);
		}
		catch (PatternParseException ex) {
			throw new InvalidConfigurationPropertyValueException(property, pattern,
					ex.toDetailedString().replace('\n', ' ') + ". " + ACCEPTED);
		}
	}

	boolean matches(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		if (this.patterns.length == 0 || cannotMatch(uri, contextPath.length())) {
			return false;
		}
		PathContainer path = RequestPath.parse(uri, contextPath)
			.pathWithinApplication();
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
