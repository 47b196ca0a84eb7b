/**
 * Reporting of invalid {@code vigil.*} configuration at startup, and the startup work that
 * Vigil's background preinitializers share.
 */
@NullMarked
package dev.vigil.config;

import org.jspecify.annotations.NullMarked;
