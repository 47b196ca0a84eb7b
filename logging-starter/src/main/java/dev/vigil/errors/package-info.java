/**
 * The one path of every ERROR event ({@link dev.vigil.errors.ErrorEventListener}), problem
 * responses, error ids, the error registry, its endpoint and metrics: the one owner of answering
 * and logging a failed request, also one whose exception escaped the filter chain.
 */
@NullMarked
package dev.vigil.errors;

import org.jspecify.annotations.NullMarked;
