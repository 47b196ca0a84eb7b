/**
 * Request logging: one safe line per request, request ids in the MDC, masking of secrets, slow
 * requests, and the last-resort answer to exceptions that escape everything else.
 */
@NullMarked
package dev.vigil.requests;

import org.jspecify.annotations.NullMarked;
