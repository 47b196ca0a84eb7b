/**
 * E-mail alerts for ERROR logs: captured by a Logback appender without blocking the logging
 * thread, flood-controlled and mailed by one background thread.
 */
@NullMarked
package dev.vigil.alerts;

import org.jspecify.annotations.NullMarked;
