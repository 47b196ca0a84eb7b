/**
 * The errors page: an actuator endpoint ({@code vigil}) serving one HTML page, its script and
 * style sheet, and the JSON the page polls, showing the error registry and the
 * {@code logging} health component.
 */
@NullMarked
package dev.vigil.page;

import org.jspecify.annotations.NullMarked;
