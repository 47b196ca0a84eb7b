/**
 * The one path of every ERROR event ({@link dev.vigil.errors.ErrorEventListener}), problem
 * responses, error ids, the error registry, its endpoint and metrics.
 */
@NullMarked
package dev.vigil.errors;

import org.jspecify.annotations.NullMarked;
