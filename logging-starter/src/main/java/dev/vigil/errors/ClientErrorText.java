package dev.vigil.errors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a client error says, in the problem body and in its log entry: the kind of error and the
 * name of the parameter, field or header, never the value the client sent. Spring MVC's own
 * texts repeat that value ({@code Failed to convert 'n' with value: '...'}, the raw
 * {@code Content-Type}, the parser's view of a body), and it may be a card number, a password
 * or markup. An application's own exceptions keep their (escaped) message: the application
 * chose it.
 */
final class ClientErrorText {

	static final String BINDING_FAILURE = "Failed to convert value";

	private static final int MAX_LENGTH = 500;

	private ClientErrorText() {
	}

	/**
	 * The problem detail of one of Spring MVC's exceptions whose own detail repeats request
	 * input.
	 * @param exception the exception
	 * @return the detail, or {@code null} to keep the one Spring MVC gives
	 */
	static @Nullable String detail(Throwable exception) {
		if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
			return "Failed to convert '" + name(mismatch.getName()) + "'.";
		}
		if (exception instanceof TypeMismatchException mismatch) {
			return "Failed to convert '" + name(mismatch.getPropertyName()) + "'.";
		}
		if (exception instanceof HttpMediaTypeNotSupportedException) {
			return "Content-Type is not supported.";
		}
		if (exception instanceof NoResourceFoundException) {
			return "No static resource.";
		}
		if (exception instanceof NoHandlerFoundException) {
			return "No endpoint.";
		}
		return null;
	}

	/**
	 * The text of a client error's log entry: the exception's simple class name, and what was
	 * wrong without the values.
	 * @param exception the exception
	 * @return the summary
	 */
	static String summary(Throwable exception) {
		String name = exception.getClass().getSimpleName();
		String text = text(exception);
		return (text != null) ? name + ": " + ExceptionText.escape(text, MAX_LENGTH) : name;
	}

	private static @Nullable String text(Throwable exception) {
		if (exception instanceof BindingResult bindingResult) {
			return fieldErrors(bindingResult);
		}
		if (exception instanceof HandlerMethodValidationException validation) {
			return parameterErrors(validation);
		}
		if (exception instanceof HttpMessageNotReadableException) {
			return "Failed to read request" + parserFailure(exception);
		}
		String detail = detail(exception);
		if (detail != null) {
			return detail;
		}
		if (!exception.getClass().getName().startsWith("org.springframework.")) {
			return exception.getMessage();
		}
		// Spring's own messages are built from the request; their problem details are not.
		return (exception instanceof ErrorResponse errorResponse) ? errorResponse.getBody().getDetail() : null;
	}

	private static String fieldErrors(BindingResult bindingResult) {
		StringBuilder errors = new StringBuilder();
		for (ObjectError error : bindingResult.getAllErrors()) {
			errors.append((errors.length() > 0) ? ", " : "")
				.append((error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName())
				.append(" (")
				.append(message(error))
				.append(')');
		}
		return bindingResult.getErrorCount() + " invalid: " + errors;
	}

	private static String parameterErrors(HandlerMethodValidationException validation) {
		List<Map<String, String>> errors = ValidationErrors.of(validation, null, Locale.ROOT);
		StringBuilder text = new StringBuilder();
		for (Map<String, String> error : errors) {
			text.append((text.length() > 0) ? ", " : "")
				.append(error.getOrDefault("field", validation.getMethod().getName()))
				.append(" (")
				.append(error.get("message"))
				.append(')');
		}
		return errors.size() + " invalid: " + text;
	}

	/**
	 * The default message of a validation error, unless it is a failure to convert the value,
	 * whose default message repeats the value.
	 * @param error the error
	 * @return the message
	 */
	static @Nullable String message(ObjectError error) {
		return (error instanceof FieldError fieldError && fieldError.isBindingFailure()) ? BINDING_FAILURE
				: error.getDefaultMessage();
	}

	// The parser's message quotes the offending input; its class and path do not.
	private static String parserFailure(Throwable exception) {
		for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().startsWith("tools.jackson.")) {
				return " (" + JsonFailure.describe(cause) + ")";
			}
		}
		return "";
	}

	private static String name(@Nullable String name) {
		return (name != null) ? ExceptionText.escape(name, 100) : "value";
	}

}
