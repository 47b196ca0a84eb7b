/**
 * A command-line scanner for Vigil's log files, run without starting Spring:
 * {@code java -cp vigil-spring-boot-starter.jar dev.vigil.scan.LogScan logs}. It uses the JDK
 * only, so that it runs from the starter jar alone.
 */
@NullMarked
package dev.vigil.scan;

import org.jspecify.annotations.NullMarked;
