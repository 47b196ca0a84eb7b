/**
 * Problem responses, error ids, the error registry, its endpoint and metrics.
 */
@NullMarked
package dev.vigil.errors;

import org.jspecify.annotations.NullMarked;
