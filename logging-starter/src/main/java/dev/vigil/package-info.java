/**
 * Vigil: production-grade logging and error monitoring for Spring Boot web applications.
 * <p>
 * This package is the core that every feature package depends on and that depends on none of
 * them: the MDC keys, the error fingerprint, the one way to attach and detach a Logback
 * appender, the conditions and the escaping rule.
 */
@NullMarked
package dev.vigil;

import org.jspecify.annotations.NullMarked;
