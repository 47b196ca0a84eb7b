/**
 * Vigil: production-grade logging and error monitoring for Spring Boot web applications.
 */
@NullMarked
package dev.vigil;

import org.jspecify.annotations.NullMarked;
