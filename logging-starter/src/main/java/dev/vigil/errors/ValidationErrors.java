package dev.vigil.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The {@code errors} member of a validation problem: one {@code {field, message}} per
 * violation, with the field as the client named it (a body property, a request parameter or
 * header). Object-level violations have no field. Rejected values are left out: they may be
 * passwords.
 */
final class ValidationErrors {

	private ValidationErrors() {
	}

	static List<Map<String, String>> of(BindingResult result, @Nullable MessageSource messageSource, Locale locale) {
		List<Map<String, String>> errors = new ArrayList<>(result.getErrorCount());
		result.getGlobalErrors().forEach((error) -> errors.add(error(null, error, messageSource, locale)));
		result.getFieldErrors()
			.forEach((error) -> errors.add(error(error.getField(), error, messageSource, locale)));
		return errors;
	}

	static List<Map<String, String>> of(HandlerMethodValidationException exception,
			@Nullable MessageSource messageSource, Locale locale) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (ParameterValidationResult result : exception.getParameterValidationResults()) {
			String parameter = parameterName(result.getMethodParameter());
			String element = containerElement(result);
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError)
						? (element.isEmpty() ? fieldError.getField() : element + "." + fieldError.getField())
						: parameter + element;
				errors.add(error(field, error, messageSource, locale));
			}
		}
		exception.getCrossParameterValidationResults()
			.forEach((error) -> errors.add(error(null, error, messageSource, locale)));
		return errors;
	}

	private static String containerElement(ParameterValidationResult result) {
		if (result.getContainerIndex() != null) {
			return "[" + result.getContainerIndex() + "]";
		}
		if (result.getContainerKey() != null) {
			return "[" + result.getContainerKey() + "]";
		}
		return "";
	}

	private static String parameterName(MethodParameter parameter) {
		String name = annotatedName(parameter);
		if (StringUtils.hasText(name)) {
			return name;
		}
		String declared = parameter.getParameterName();
		return (declared != null) ? declared : "arg" + parameter.getParameterIndex();
	}

	private static @Nullable String annotatedName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null) {
			return pathVariable.name();
		}
		RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
		if (requestHeader != null) {
			return requestHeader.name();
		}
		CookieValue cookieValue = parameter.getParameterAnnotation(CookieValue.class);
		if (cookieValue != null) {
			return cookieValue.name();
		}
		RequestPart requestPart = parameter.getParameterAnnotation(RequestPart.class);
		return (requestPart != null) ? requestPart.name() : null;
	}

	private static Map<String, String> error(@Nullable String field, MessageSourceResolvable error,
			@Nullable MessageSource messageSource, Locale locale) {
		Map<String, String> entry = new LinkedHashMap<>(4);
		if (field != null) {
			entry.put("field", field);
		}
		entry.put("message", message(error, messageSource, locale));
		return entry;
	}

	private static String message(MessageSourceResolvable error, @Nullable MessageSource messageSource,
			Locale locale) {
		boolean bindingFailure = error instanceof FieldError fieldError && fieldError.isBindingFailure();
		String defaultMessage = bindingFailure ? ClientErrorText.BINDING_FAILURE : error.getDefaultMessage();
		if (messageSource != null) {
			try {
				// A binding failure's default message repeats the rejected value: resolve without it
				return messageSource.getMessage(bindingFailure
						? new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments(), defaultMessage)
						: error, locale);
			}
			catch (NoSuchMessageException ex) {
				// Fall back on the default message below
			}
		}
		return (defaultMessage != null) ? defaultMessage : "is invalid";
	}

}
