package dev.vigil.requests;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick rejection of paths that start like no pattern must agree with the full
 * PathPattern match on every path.
 */
class ExcludedPathsTests {

	private final ExcludedPaths excluded = new ExcludedPaths(
			List.of("/actuator/**", "/favicon.ico", "/static/*.css", "/api/{version}/ping"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''   | /actuator                 | true
			''   | /actuator/health          | true
			''   | /actuator/health/logging  | true
			''   | /actuatorx                | false
			''   | /favicon.ico              | true
			''   | /favicon.icon             | false
			''   | /static/site.css          | true
			''   | /static/site.js           | false
			''   | /api/v2/ping              | true
			''   | /api/v2/pong              | false
			''   | /hello                    | false
			''   | /%61ctuator/health        | true
			''   | /actuator;jsessionid=1/x  | true
			/app | /app/actuator/health      | true
			/app | /app/hello                | false
			/app | /app/favicon.ico          | true
			""")
	void matchesExactlyLikePathPatterns(String contextPath, String uri, boolean expected) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setContextPath(contextPath);
		assertThat(this.excluded.matches(request)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/actuator/**         | /actuator/health         | true
			/actuator/**         | /hello                   | false
			/users/*/avatar      | /users/42/avatar         | true
			/users/*/avatar      | /users/42/name           | false
			/docs/api/**         | /docs;v=1/api/index.html | true
			/docs/api/**         | /docs/guide              | false
			""")
	void matchesEachKindOfPatternAloneLikePathPatterns(String pattern, String uri, boolean expected) {
		ExcludedPaths excluded = new ExcludedPaths(List.of(pattern));
		assertThat(excluded.matches(new MockHttpServletRequest("GET", uri))).isEqualTo(expected);
	}

	/**
	 * The quick rejection keeps the check cheap for the common request: it must rule out a
	 * path that starts like no pattern, and never one that a pattern could match.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/hello               | 0 | true
			/app/hello           | 4 | true
			/actuat              | 0 | true
			/actuator            | 0 | false
			/app/actuator/health | 4 | false
			/favicon.ico         | 0 | false
			/static/x.css        | 0 | false
			/api/v2/ping         | 0 | false
			/hello%20            | 0 | false
			%2Fhello             | 0 | false
			/hello;a=1           | 0 | false
			;a=1                 | 0 | false
			""")
	void rulesOutWithoutParsingOnlyPathsThatStartLikeNoPattern(String uri, int contextLength, boolean ruledOut) {
		assertThat(this.excluded.cannotMatch(uri, contextLength)).isEqualTo(ruledOut);
	}

}
