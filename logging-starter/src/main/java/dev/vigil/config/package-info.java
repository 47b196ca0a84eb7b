/**
 * Reporting of invalid {@code vigil.*} configuration at startup, and the startup notice in
 * reactive applications.
 */
@NullMarked
package dev.vigil.config;

import org.jspecify.annotations.NullMarked;
