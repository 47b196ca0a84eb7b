/**
 * Health of Vigil's logging: the log directory, the error rate and the delivery of alerts,
 * contributed to Spring Boot's health endpoint as {@code logging}.
 */
@NullMarked
package dev.vigil.health;

import org.jspecify.annotations.NullMarked;
