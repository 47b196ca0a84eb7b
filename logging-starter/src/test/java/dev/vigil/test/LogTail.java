package dev.vigil.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test writes to a log file: the file from its size when the tail was taken.
 */
public final class LogTail {

	private final Path file;

	private final long start;

	public LogTail(Path file) {
		this.file = file;
		this.start = size(file);
	}

	public String written() {
		try {
			byte[] bytes = Files.readAllBytes(this.file);
			return new String(bytes, (int) this.start, bytes.length - (int) this.start, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.exists(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
