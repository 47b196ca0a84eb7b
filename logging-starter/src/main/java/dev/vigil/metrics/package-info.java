/**
 * The meters of every feature, bound to the application's {@code MeterRegistry} when that
 * feature exists.
 */
@NullMarked
package dev.vigil.metrics;

import org.jspecify.annotations.NullMarked;
