package dev.vigil.errors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The response status of an exception that Spring MVC does not already map: the
 * {@code vigil.errors.statuses} property first, then {@link ErrorResponse},
 * then {@link ResponseStatus @ResponseStatus}, else 500. Wrapped causes are looked at too,
 * as Spring MVC does for {@code @ResponseStatus}.
 */
final class ExceptionStatuses {

	private static final String PROPERTY = "vigil.errors.statuses";

	private static final int MAX_CAUSES = 10;

	private final Map<Class<?>, HttpStatusCode> configured;

	private ExceptionStatuses(Map<Class<?>, HttpStatusCode> configured) {
		this.configured = configured;
	}

	/**
	 * Resolves the configured classes once, at startup.
	 * @param statuses status by fully qualified exception class name
	 * @param classLoader the class loader of the application
	 * @return the statuses
	 * @throws InvalidConfigurationPropertyValueException for a class that is not found or not
	 * an exception, or a status outside 100..599
	 */
	static ExceptionStatuses of(Map<String, Integer> statuses, @Nullable ClassLoader classLoader) {
		Map<Class<?>, HttpStatusCode> configured = new LinkedHashMap<>();
		statuses.forEach((name, status) -> {
			String property = PROPERTY + "." + name;
			if (status == null || status < 100 || status > 599) {
				throw new InvalidConfigurationPropertyValueException(property, status,
						"Accepted: an HTTP status code from 100 to 599, such as 409.");
			}
			configured.put(exceptionClass(property, name, status, classLoader), HttpStatusCode.valueOf(status));
		});
		return new ExceptionStatuses(Map.copyOf(configured));
	}

	private static Class<?> exceptionClass(String property, String name, int status,
			@Nullable ClassLoader classLoader) {
		String accepted = " Accepted: the fully qualified name of an exception class on the classpath, "
				+ "such as 'vigil.errors.statuses.org.springframework.dao.OptimisticLockingFailureException=409'.";
		Class<?> type;
		try {
			type = ClassUtils.forName(name.trim(), classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new InvalidConfigurationPropertyValueException(property, status,
					"Class '" + name + "' was not found." + accepted);
		}
		if (!Throwable.class.isAssignableFrom(type)) {
			throw new InvalidConfigurationPropertyValueException(property, status,
					"Class '" + name + "' is not an exception." + accepted);
		}
		return type;
	}

	/**
	 * How an exception maps to a response.
	 * @param exception the exception
	 * @return the mapping; status 500 when nothing maps the exception
	 */
	Mapping map(Throwable exception) {
		Throwable current = exception;
		for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
			Mapping mapping = ownMapping(current);
			if (mapping != null) {
				return mapping;
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return new Mapping(HttpStatus.INTERNAL_SERVER_ERROR, null, null);
	}

	private @Nullable Mapping ownMapping(Throwable exception) {
		for (Class<?> type = exception.getClass(); type != null && type != Throwable.class; type = type
			.getSuperclass()) {
			HttpStatusCode status = this.configured.get(type);
			if (status != null) {
				return new Mapping(status, null, null);
			}
		}
		if (exception instanceof ErrorResponse errorResponse) {
			return new Mapping(errorResponse.getStatusCode(), errorResponse, null);
		}
		ResponseStatus annotation = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(),
				ResponseStatus.class);
		if (annotation == null) {
			return null;
		}
		return new Mapping(annotation.code(), null, annotation.reason().isEmpty() ? null : annotation.reason());
	}

	/**
	 * How an exception maps to a response.
	 * @param status the response status
	 * @param errorResponse the exception (or cause) that describes its own response
	 * @param reason the reason of {@code @ResponseStatus}, which Spring MVC sends as the detail
	 */
	record Mapping(HttpStatusCode status, @Nullable ErrorResponse errorResponse, @Nullable String reason) {

		/**
		 * The problem described by the exception itself, if any.
		 * @param messageSource resolves the exception's detail message codes
		 * @return the problem, or {@code null} for a plain one
		 */
		@Nullable ProblemDetail body(@Nullable MessageSource messageSource) {
			if (this.errorResponse != null) {
				return this.errorResponse.updateAndGetBody(messageSource, LocaleContextHolder.getLocale());
			}
			return (this.reason != null) ? ProblemDetail.forStatusAndDetail(this.status, this.reason) : null;
		}

		HttpHeaders headers() {
			HttpHeaders headers = new HttpHeaders();
			if (this.errorResponse != null) {
				headers.putAll(this.errorResponse.getHeaders());
			}
			return headers;
		}

	}

}
