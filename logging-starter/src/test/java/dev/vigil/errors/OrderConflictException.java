package dev.vigil.errors;

/**
 * An exception without any status of its own, mapped by {@code vigil.errors.statuses} in the
 * tests.
 */
class OrderConflictException extends RuntimeException {

	OrderConflictException(String message) {
		super(message);
	}

}
