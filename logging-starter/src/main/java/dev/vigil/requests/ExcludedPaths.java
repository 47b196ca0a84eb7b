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

	ExcludedPaths(List<String> patterns) {
		List<PathPattern> parsed = new ArrayList<>(patterns.size());
		for (int i = 0; i < patterns.size(); i++) {
			parsed.add(parse("vigil.requests.exclude[" + i + "]", patterns.get(i)));
		}
		this.patterns = parsed.toArray(PathPattern[]::new);
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
		if (this.patterns.length == 0) {
			return false;
		}
		PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
			.pathWithinApplication();
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
