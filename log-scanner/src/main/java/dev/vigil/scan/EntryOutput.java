package dev.vigil.scan;

/**
 * Where matching entries go: printed one by one, or grouped and printed at the end.
 */
interface EntryOutput {

	void accept(LogEntry entry);

	/**
	 * Called once all files are read.
	 */
	default void finish() {
	}

}
