/**
 * Rotating app and error log files attached to Logback.
 */
@NullMarked
package dev.vigil.file;

import org.jspecify.annotations.NullMarked;
