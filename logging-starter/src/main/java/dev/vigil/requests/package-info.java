/**
 * Request logging: one safe line per request, request ids in the MDC, masking of secrets, slow
 * requests, and the seam ({@code UnhandledExceptionResponder}) through which error handling
 * answers exceptions that escape everything else.
 */
@NullMarked
package dev.vigil.requests;

import org.jspecify.annotations.NullMarked;
