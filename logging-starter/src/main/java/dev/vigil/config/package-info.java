/**
 * Reporting of invalid {@code vigil.*} configuration at startup.
 */
@NullMarked
package dev.vigil.config;

import org.jspecify.annotations.NullMarked;
