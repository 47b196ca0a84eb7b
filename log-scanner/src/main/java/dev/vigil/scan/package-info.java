/**
 * A command-line scanner for Vigil's log files, run without starting Spring:
 * {@code java -jar vigil-log-scanner.jar logs}. It uses the JDK only, so that its jar runs
 * alone, with nothing else on the class path.
 */
@NullMarked
package dev.vigil.scan;

import org.jspecify.annotations.NullMarked;
